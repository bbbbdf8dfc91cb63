package dev.silkroute.extract;

import static dev.silkroute.extract.BlockShape.HEADLINE_MIN;
import static dev.silkroute.extract.Item.GOOD;
import static dev.silkroute.extract.Item.SENTENCE_GOOD;
import static dev.silkroute.extract.Item.isDump;
import static dev.silkroute.extract.Item.isGoodOpen;
import static dev.silkroute.extract.Item.isText;

import dev.silkroute.extract.Item.Fate;
import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pages whose text is a list of entries (a blog index, a shop's grid, a ranking), where linked
 * headlines and short names are the text, not the links beside an article.
 */
final class Listings {
    private Listings() {}

    private static final double LISTING_ENTRIES_TO_PROSE = 0.5;
    /** A page with more prose than this (about 200 words) is not judged a listing by headlines outside its container. */
    private static final int LISTING_PROSE_MAX = 1000;
    /** About five headlines: fewer are a "more stories" box, not a listing. */
    private static final int LISTING_ENTRIES_MIN = 100;
    /** See {@link #isListing}. */
    private static final double DATED_LISTING_ENTRIES_TO_PROSE = 3;
    /** See {@link #isCardGrid}. */
    static final int CARDS_MIN = 5;
    private static final double CARD_LEADS_SHARE = 0.6;
    /** See {@link #keepContainerLinkLists}: 300 characters of entries at least, and twice the container's prose. */
    private static final int LINK_LIST_MIN = 300;
    private static final double LINK_LIST_TO_PROSE = 2;

    /** See {@link #keepOnlyRunsOfDumpEntries}. */
    private static final int DUMP_ENTRIES_MIN = 10;
    /** How many other lines may stand between two entries of a run: a rating, a label, a removed line. */
    private static final int DUMP_ENTRY_GAP = 2;
    /** See {@link #bridgedRun}: at most one name per two headline-shaped entries. */
    private static final double NAMES_PER_ENTRY = 0.5;

    /**
     * A dump prints a listing's entries (a recipe index, a category's pages) as headline-shaped
     * lines, with no link to tell them from a menu's longer entries or a box of related stories. A
     * run of {@link #DUMP_ENTRIES_MIN} of them, with at most {@link #DUMP_ENTRY_GAP} short or
     * removed lines between neighbours, may be a listing's (the page-level tests of
     * {@link #promoteListingEntries} decide); a shorter run is no entry. Measured on extraction-dev
     * text: 0.80961 -> 0.81131 (7 pages better: recipe indexes 0.18 -> 0.90 and 0.68 -> 0.99, a
     * catalogue index 0.30 -> 0.88, a Wikipedia category 0.15 -> 0.66; 1 worse by 0.02); runs of
     * 6: 12 better, 7 worse (forums and a shop whose 4-word menu entries became text, -0.34 to
     * -0.48); runs of 8: 0.81107. Multilingual text unchanged.
     * <p>
     * A listing's shorter entries ("Butter Chicken Recipe") and its longer ones break such a run,
     * which then falls short; see {@link #bridgedRun} for when they join it.
     */
    static void keepOnlyRunsOfDumpEntries(List<Item> items) {
        // a run between the page's first and last good lines is below some of its text, or it is the page (see bridgedRun)
        int firstGood = items.size(), lastGood = -1;
        for (int k = 0; k < items.size(); k++) {
            if (!isGoodOpen(items.get(k))) continue;
            firstGood = Math.min(firstGood, k);
            lastGood = k;
        }
        int i = 0;
        while (i < items.size()) {
            if (!isDumpEntry(items.get(i))) { i++; continue; }
            boolean headsTheText = firstGood > i && lastGood > i;
            Run run = headsTheText ? null : bridgedRun(items, i);
            if (run == null) run = walk(items, i, false);
            if (run.entries < DUMP_ENTRIES_MIN) for (int k = i; k <= run.end; k++) items.get(k).listingEntry = false;
            else for (Item it : run.names) it.listingEntry = true;
            i = run.end + 1;
        }
    }

    /** A run of dump entries: how many, the index of its last, and the other names it took in ({@link #bridgedRun}). */
    private record Run(int entries, int end, List<Item> names) {}

    /**
     * The run from {@code i} with a listing's shorter and longer entries in it ({@link #isEntryName}:
     * three words or more, no sentence), when its headline-shaped entries are most of it: a box of
     * topics under a story ("Gold Price Today", "Russia Ukraine War") is mostly such names. Else
     * null. Asked only of a run below some of the page's good text, or of one with none under it:
     * a listing follows its blurb or is the page, while a run that heads the text is a menu
     * (without this, an article under a site's menu of article titles lost 0.53, a listing under
     * its category menu 0.38). Measured: extraction-dev text 0.81231 -> 0.81302 (4 pages better: a
     * recipe index 0.33 -> 0.96, a catalogue of laws 0.24 -> 0.68, a knowledge base 0.88 -> 0.99;
     * 2 worse, a dictionary entry's related words -0.09, a shop's category -0.07), multilingual
     * text unchanged (without the share of names, a Hindi story's box of trending topics became its
     * text: -0.46), HTML untouched (its entries are links).
     */
    private static Run bridgedRun(List<Item> items, int i) {
        Run run = walk(items, i, true);
        boolean listing = run.entries >= DUMP_ENTRIES_MIN && !run.names.isEmpty() && run.names.size() <= run.entries * NAMES_PER_ENTRY;
        return listing ? run : null;
    }

    private static Run walk(List<Item> items, int i, boolean withNames) {
        int entries = 1, between = 0, end = i;
        List<Item> names = new ArrayList<>();
        for (int j = i + 1; j < items.size() && between <= DUMP_ENTRY_GAP; j++) {
            Item it = items.get(j);
            if (isDumpEntry(it)) { entries++; between = 0; end = j; }
            else if (withNames && isEntryName(it)) { names.add(it); between = 0; end = j; }
            else if (it.fate != Fate.OPEN || it.quality != Quality.GOOD && it.weight < HEADLINE_MIN) between++;
            else break;
        }
        return new Run(entries, end, names);
    }

    /** An open dump line of three words or more that is no sentence and no paragraph: a listing's shorter or longer entry. */
    private static boolean isEntryName(Item it) {
        return it.c.tag() == null && it.fate == Fate.OPEN && it.weight < GOOD && !TextMeasure.endsLikeSentence(it.text)
                && BlockShape.looksLikeEntryName(it.text, it.weight);
    }

    private static boolean isDumpEntry(Item it) {
        return it.listingEntry && it.c.tag() == null;
    }

    /**
     * A listing (a blog index, search results, a news front page, a forum's thread list) is made of
     * linked headlines, and those are its text. When the container's linked headlines outweigh half
     * its prose, the page is a listing and they are kept; on an article they are "related stories".
     * Measured on extraction-dev: listings 0.489 -> 0.533, collections 0.517 -> 0.56, with articles
     * and the multilingual news set unchanged.
     *
     * <p>A front page or a recipe index spreads its entries over several sections, and the HTML
     * scoring's container holds one of them, or only the introduction. So on a page with little
     * prose and no date of publication (an article is dated; its headlines elsewhere are related
     * stories, measured on the multilingual news set) the headlines anywhere on the page count.
     * Listings 0.563 -> 0.654, collections 0.585 -> 0.652, articles and the multilingual set unchanged.
     * A dated page with far more headline than prose ({@link #isListing}) and a grid of headline
     * cards ({@link #isCardGrid}) count too: listings 0.651 -> 0.678, collections 0.664 -> 0.667,
     * 13 dev pages better and an article 0.04 worse; the multilingual set unchanged.
     */
    static void promoteListingEntries(List<Item> items, PageMeta meta, boolean undeclared) {
        long prose = 0, inContainer = 0, anywhere = 0, aboveProse = 0;
        boolean proseSeen = false;
        int cards = 0;
        long leads = 0;
        int linkedCards = 0;
        long linkedLeads = 0;
        Item previous = null;
        for (Item it : items) {
            if (it.fate != Fate.OPEN) continue;
            int w = it.weight;
            if (it.listingEntry) {
                anywhere += w;
                if (!proseSeen) aboveProse += w;
                if (it.c.inMain()) inContainer += w;
                if (previous != null && isLinkedLead(it, previous)) {
                    linkedCards++;
                    linkedLeads += w;
                }
            } else if (it.quality == Quality.GOOD) {
                prose += w;
                if (w >= GOOD) proseSeen = true;
                if (previous != null && previous.listingEntry) {
                    cards++;
                    leads += w;
                }
            }
            previous = it;
        }
        boolean html = !isDump(items);
        boolean wholePage = isListing(prose, anywhere, meta.published != null)
                || isCardGrid(cards, leads, prose) || isLinkedCardGrid(linkedCards, linkedLeads, prose)
                || html && undeclared && isListingAboveItsBlurb(aboveProse, anywhere);
        if (!wholePage && inContainer <= prose * LISTING_ENTRIES_TO_PROSE) return;
        for (Item it : items) {
            if (it.listingEntry && it.fate == Fate.OPEN && (wholePage || it.c.inMain())) it.quality = Quality.GOOD;
        }
    }

    /** See {@link #isListingAboveItsBlurb}: about forty product names. */
    private static final int BLURB_LISTING_MIN = 2000;
    private static final double BLURB_ENTRIES_ABOVE = 0.8;

    /**
     * A shop's category page puts a long buying guide or FAQ under its grid of linked product
     * names, and that prose outweighs the grid, which the other tests then take for links beside
     * the text. On an HTML page that declares no article and shows no dateline (see
     * {@link ArticleAssembler#assemble}), linked entries of {@link #BLURB_LISTING_MIN} characters or more, nearly
     * all of them ({@link #BLURB_ENTRIES_ABOVE}) above the first paragraph, are the page's listing;
     * the guide stays too. Measured: extraction-dev HTML 0.87305 -> 0.87340 (3 pages better,
     * Newegg's graphics cards 0.08 -> 0.29, an Apple store grid 0.81 -> 1.00; none worse),
     * multilingual unchanged. From 1,000 characters: two category pages of one shop more, one
     * labelled with its grid (+0.55), one with its guide (-0.55). Not in dumps, whose entries
     * carry no link (4 dev pages worse by 0.06-0.33).
     */
    private static boolean isListingAboveItsBlurb(long entriesAboveProse, long entries) {
        return entriesAboveProse >= BLURB_LISTING_MIN && entriesAboveProse >= entries * BLURB_ENTRIES_ABOVE;
    }

    /**
     * Headlines anywhere on a page with little prose. A dated page must have three times as much
     * headline as prose: a blog index states its newest post's date, while a short dated story
     * with a "related" box has as much headline as story (at twice, as much prose as headline,
     * two forum threads and a product page became listings: -0.39, -0.16, -0.18).
     */
    private static boolean isListing(long prose, long headlines, boolean dated) {
        return prose < LISTING_PROSE_MAX && headlines >= LISTING_ENTRIES_MIN && headlines > prose * LISTING_ENTRIES_TO_PROSE
                && (!dated || headlines > prose * DATED_LISTING_ENTRIES_TO_PROSE);
    }

    /**
     * A grid of cards, each a linked headline with its lead right under it, whose leads are most of
     * the page's prose: a news section's or a blog's front page, however long and however dated.
     * Below an article the same cards are a "more stories" box, and the article's own prose
     * outweighs their leads (an article whose related cards held 47% of its prose lost 0.40 at a
     * 40% share).
     */
    private static boolean isCardGrid(int cards, long leads, long prose) {
        return cards >= CARDS_MIN && leads >= prose * CARD_LEADS_SHARE;
    }

    /**
     * A card whose lead is a link too (a news section that links the whole teaser): a linked
     * headline that is no sentence, right above a linked sentence of some length.
     */
    private static boolean isLinkedLead(Item it, Item previous) {
        return previous.listingEntry && !TextMeasure.endsLikeSentence(previous.text)
                && it.weight >= SENTENCE_GOOD && TextMeasure.endsLikeSentence(it.text);
    }

    /**
     * A grid of cards with linked leads ({@link #isLinkedLead}), whose leads outweigh the page's
     * prose. Such leads are no prose themselves, so a "more stories" box under a short article
     * reaches a share of its prose more easily than in {@link #isCardGrid}: heise's six linked
     * teasers under a news story hold 66% of its prose (at 60%, that page lost 0.17). Measured: an
     * NPR section page 0.12 -> 0.88, extraction-dev HTML 0.87189 -> 0.87240, no page worse; the
     * multilingual set and the dumps (whose lines have no links) unchanged.
     */
    private static boolean isLinkedCardGrid(int cards, long leads, long prose) {
        return cards >= CARDS_MIN && leads >= prose;
    }

    /**
     * A list or table of links that holds twice the prose of the HTML scoring's container is what
     * the container is for: an index of programming languages, a shop's category list, a ranking.
     * Its entries are too short to read as headlines and too link-dense to pass as text. Measured
     * on extraction-dev: 7 pages better (a listing 0.50 -> 0.94, Goodreads' ranking table 0.05 ->
     * 0.70, collections 0.39 -> 0.77 and 0.28 -> 0.87), none worse; at an equal share an article's
     * link list cost it 0.02. The multilingual set unchanged.
     */
    static void keepContainerLinkLists(List<Item> items) {
        long links = 0, prose = 0;
        for (Item it : items) {
            if (it.fate != Fate.OPEN || !it.c.inMain()) continue;
            if (isContainerLink(it) || it.listingEntry) links += it.weight; // a listing's headlines are links too
            else if (it.quality == Quality.GOOD) prose += it.weight;
        }
        if (links < LINK_LIST_MIN || links <= prose * LINK_LIST_TO_PROSE) return;
        for (Item it : items) if (it.fate == Fate.OPEN && it.c.inMain() && isContainerLink(it)) it.quality = Quality.GOOD;
    }

    private static final Set<String> LIST_ENTRY_TAGS = Set.of("li", "tr", "td", "dd", "dt");

    private static boolean isContainerLink(Item it) {
        // the container vouches for a row that is half links (see classify), which leaves it middling, not text
        boolean links = it.quality == Quality.BAD || it.quality == Quality.NEAR && it.c.linkDensity() > 0.5;
        return links && it.c.tag() != null && LIST_ENTRY_TAGS.contains(it.c.tag());
    }

    /**
     * Below an article, "latest" and "related" boxes show each story as a linked headline and its
     * lead: one or two real sentences, which read as text. On a dated page that is not a thread, a
     * good block outside the HTML scoring's container, past its last block and right under a linked
     * headline the page did not take as a listing's, is such a lead. Measured: multilingual news
     * 0.947 -> 0.950 (3 pages better, none worse); extraction-dev unchanged at 0.849 (articles 0.939
     * -> 0.940; 21 pages better, 9 worse, the most a dated listing whose container held a
     * fraction of it, and a health page whose resource cards are labelled text).
     */
    static void removeTeaserLeads(List<Item> items, PageMeta meta) {
        if (meta.published == null || meta.discussion) return;
        int lastInContainer = -1;
        for (int i = 0; i < items.size(); i++) if (items.get(i).c.inMain()) lastInContainer = i;
        if (lastInContainer < 0) return;
        Item previous = null;
        for (int i = lastInContainer + 1; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fate != Fate.OPEN) continue;
            boolean underHeadline = previous != null && previous.listingEntry && previous.quality == Quality.BAD;
            if (underHeadline && it.quality == Quality.GOOD && it.c.tag() != null) it.remove("related", "related:teaser-lead");
            previous = it;
        }
    }
    /** See {@link #keepOnlyManyEntryNames}. */
    private static final int ENTRY_NAMES_MIN = 5;

    /**
     * Fewer than {@link #ENTRY_NAMES_MIN} short linked names on a page are a menu's or a box's,
     * not a listing's entries: their weight alone tipped the listing tests on service and product
     * pages. Measured: extraction-dev HTML 0.87428 -> 0.87465 (6 pages better, a flea market's home
     * page 0.75 -> 0.90, a B&H product page 0.41 -> 0.55; 1 worse by 0.02), multilingual
     * unchanged; at 8 names, 0.87436; at 12, 0.87387.
     */
    static void keepOnlyManyEntryNames(List<Item> items) {
        int names = 0;
        for (Item it : items) if (it.entryName) names++;
        if (names >= ENTRY_NAMES_MIN) return;
        for (Item it : items) {
            if (it.entryName) it.listingEntry = it.entryName = false;
        }
    }

    private static final Set<String> LEFT_OUT_BY_PLACE = Set.of("header", "tail", "low-content", "duplicate");

    /** How far above a grid's first card its heading stands: the heading, a "View all" button, the first card. */
    private static final int GRID_HEADING_REACH = 3;

    /** A related-links heading that calls what follows related: "Related items to explore", "More like this", "Customers also bought". */
    private static final Pattern RELATED_WORDS = Pattern.compile("\\b(related|similar|like this|also)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a grid stands right under a heading that calls its cards related to the page: a shop's
     * recommendations under the product, whatever they weigh against the product's description.
     * Not "Most Popular", which a shop also prints over its own grid as the order it is sorted in
     * (two collections lost 0.33 and 0.51 when such a heading counted). Measured: extraction-dev
     * text 0.81351 -> 0.81371 (a game console's page 0.48 -> 0.77, its shop's "Related items to
     * explore" and "More like this"; no page worse); HTML and multilingual unchanged.
     */
    private static boolean isUnderRelatedHeading(List<Item> items, int firstCard) {
        for (int i = firstCard; i >= 0 && i >= firstCard - GRID_HEADING_REACH; i--) {
            Item it = items.get(i);
            if (it.fate == Fate.REMOVED && "related:related-links".equals(it.rule) && RELATED_WORDS.matcher(it.text).find()) return true;
        }
        return false;
    }

    /**
     * How much a card grid must hold against the text kept beside it to be the page's content: in a
     * dump, where nothing but the grid's rhythm marks it, 0.7 of it; in HTML, where the clean-up and
     * the scoring's container have already chosen with the markup's evidence, three times as much.
     */
    private static final double GRID_TO_TEXT_DUMP = 0.7, GRID_TO_TEXT_HTML = 3;

    /**
     * A shop's category page, a catalogue or a ranking shows its entries as cards of short blocks
     * ({@link CardGrid}), none of which reads as text: in a dump the text was found in the category's
     * blurb or the shop's policies, and the grid was its header or tail; in HTML the first cards
     * stood above the text's start and the repeated values (a brand, "On Sale!") went as repeats.
     * A grid that holds enough against the text kept beside it is the page's content, and all its
     * blocks left out for their place, their shortness or their repetition go back.
     * Measured, in dumps first (the grid's left-out lines against all the kept text, at 0.8):
     * extraction-dev text 0.79586 -> 0.80250 (22 pages better, up to +0.80; collections 0.537 ->
     * 0.597, listings 0.564 -> 0.597; 4 worse: collections whose labels keep only the category's
     * blurb, a product page -0.30). Then as now, the whole grid against the text beside it: text
     * 0.80264 -> 0.80316 (15 better, 8 worse), HTML 0.86465 -> 0.86546 (12 better: a shop's grid
     * 0.59 -> 0.99; 6 worse by 0.02-0.21; collections 0.695 -> 0.712); multilingual text unchanged,
     * HTML 0.95550 -> 0.95543 (one page -0.008). A dump at 0.5 scored 0.80318 but took a news
     * page's TV schedule; HTML at twice the text: 0.86531, 8 worse.
     */
    static void keepCardGrids(List<Item> items) {
        if (items.isEmpty()) return;
        double needed = isDump(items) ? GRID_TO_TEXT_DUMP : GRID_TO_TEXT_HTML;
        long kept = 0;
        for (Item it : items) if (isText(it)) kept += it.weight;
        List<String> lines = new ArrayList<>(items.size());
        for (Item it : items) lines.add(it.text);
        List<Item> added = new ArrayList<>();
        for (CardGrid.Region r : CardGrid.find(lines, isDump(items))) {
            if (isUnderRelatedHeading(items, r.first())) continue;
            long grid = 0, keptInGrid = 0;
            List<Item> left = new ArrayList<>();
            for (int i = r.first(); i <= r.last(); i++) {
                Item it = items.get(i);
                if (isText(it)) keptInGrid += it.weight;
                else if (isLeftOutByPlace(it)) left.add(it);
                else continue;
                grid += it.weight;
            }
            if (!left.isEmpty() && grid >= (kept - keptInGrid) * needed) added.addAll(left);
        }
        for (Item it : added) {
            it.fate = Fate.BODY;
            it.reason = null;
            it.rule = null;
        }
    }

    /**
     * A block left out for where it stands, for being short or for repeating an earlier line, not
     * for what it says: cards repeat their brand, their sizes, their "On Sale!".
     */
    private static boolean isLeftOutByPlace(Item it) {
        if (it.fate == Fate.OPEN) return true;
        if (it.fate != Fate.REMOVED) return false;
        return LEFT_OUT_BY_PLACE.contains(it.reason);
    }
}
