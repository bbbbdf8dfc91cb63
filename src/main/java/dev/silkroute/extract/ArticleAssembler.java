package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Decides, for a sequence of blocks (lines of a dump, or block elements of an HTML page), which
 * are the article's title, metadata, captions and main text, and why each other block is left out.
 *
 * <p>The cascade, in order; each step only looks at blocks no earlier step has decided:
 * <ol>
 *   <li>site furniture by rule ({@link BoilerplateRules}): licence, copyright, contact, comment form...</li>
 *   <li>repeats: a block seen before is a duplicate (a title or caption printed twice)</li>
 *   <li>metadata lines ({@link HeaderLines}): dates, "Source:", bylines, breadcrumbs</li>
 *   <li>the title: the page's declared title if known, else the first heading-like block</li>
 *   <li>content quality per block (length with CJK weighted, sentence shape, link density), then
 *       context smoothing in the manner of jusText: short and middling blocks take the class of
 *       their good neighbours, headings the class of what follows them</li>
 *   <li>blocks before the main text become subtitle or captions when they look like them; blocks
 *       after the last good block are the page's tail</li>
 * </ol>
 */
public final class ArticleAssembler {
    private static final int SHORT = 40;
    private static final int GOOD = 120;
    private static final int SENTENCE_GOOD = 60;
    private static final int TITLE_SEARCH = 12;
    private static final int HEADLINE_MIN = 20;
    private static final double LISTING_ENTRIES_TO_PROSE = 0.5;
    /** A page with more prose than this (about 200 words) is not judged a listing by headlines outside its container. */
    private static final int LISTING_PROSE_MAX = 1000;
    /** About five headlines: fewer are a "more stories" box, not a listing. */
    private static final int LISTING_ENTRIES_MIN = 100;
    /** See {@link #isListing}. */
    private static final double DATED_LISTING_ENTRIES_TO_PROSE = 3;
    /** See {@link #isCardGrid}. */
    private static final int CARDS_MIN = 5;
    private static final double CARD_LEADS_SHARE = 0.6;
    /** See {@link #keepContainerLinkLists}: 300 characters of entries at least, and twice the container's prose. */
    private static final int LINK_LIST_MIN = 300;
    private static final double LINK_LIST_TO_PROSE = 2;
    /** How many blocks above the main text its title may stand (bylines, dates, a photo and its caption between). */
    private static final int TITLE_NEAR_TEXT = 12;
    /** "Foto: ...", "Stand: 28. April, 05:00": a labelled line or one with a clock time is not a title. */
    private static final java.util.regex.Pattern LABEL_OR_CLOCK = java.util.regex.Pattern.compile("^\\p{L}{2,15}\\s?[:：]\\s|\\b\\d{1,2}[:：]\\d{2}\\b");

    private final BoilerplateRules rules = new BoilerplateRules();
    private final HeaderLines header = new HeaderLines();
    private final PublisherNames publishers;

    private enum Quality { BAD, SHORT, NEAR, GOOD }

    private enum Fate { OPEN, BODY, HEADING, TITLE, SUBTITLE, CAPTION, REMOVED }

    private static final class Item {
        final Candidate c;
        final String text;
        /** {@link TextMeasure#weightedLength}: asked by nearly every step, computed once. */
        final int weight;
        Fate fate = Fate.OPEN;
        Quality quality;
        String reason, rule;
        boolean repeated;
        /** What the line that removed this block says of the article's end. */
        BoilerplateRules.Ending ending = BoilerplateRules.Ending.NONE;
        /** A linked headline in an HTML page: text if the page turns out to be a listing. */
        boolean listingEntry;
        /** ...taken for one as a short name (see {@link #looksLikeEntryName}). */
        boolean entryName;
        /** The positions of this block's copies that {@link #markRepeats} removed, in order; null when none. */
        List<Integer> removedCopies;
        /** A row of a table (see {@link #markTableRows}). */
        boolean tableRow;
        /** The first copy of this block, when this one was kept as a record's field (see {@link #isRecordField}). */
        Item fieldOf;
        /** Whether the text reads like a caption: asked several times per item, computed once. */
        private Boolean captionText;

        Item(Candidate c, String text) { this.c = c; this.text = text; this.weight = TextMeasure.weightedLength(text); }

        void remove(String reason, String rule) {
            fate = Fate.REMOVED;
            this.reason = reason;
            this.rule = rule;
        }
    }

    private final SiteProfile sites;

    public ArticleAssembler(PublisherNames publishers) {
        this(publishers, SiteProfile.NONE);
    }

    public ArticleAssembler(PublisherNames publishers, SiteProfile sites) {
        this.publishers = publishers;
        this.sites = sites;
    }

    public Extraction assemble(List<Candidate> candidates, PageMeta meta) {
        List<Item> items = new ArrayList<>();
        for (Candidate c : candidates) {
            String t = c.isCodeListing() ? TextMeasure.tidyCode(c.text()) : TextMeasure.tidy(c.text());
            if (!t.isEmpty()) items.add(new Item(c, t));
        }
        markTableRows(items);
        applyRules(items);
        markCommentAuthors(items);
        applySiteProfile(items, SiteProfile.siteOf(meta.url, meta.site));
        markRepeats(items);
        removeTablesOfContents(items);
        Item guessedTitle = chooseTitle(items, meta);
        List<DateLine> dates = readMetadataLines(items, meta);
        // an article declares itself one or shows a dateline, and its lists of links are related stories
        boolean undeclared = !meta.declaredArticle && dates.isEmpty() && !meta.discussion;
        classify(items, undeclared);
        keepOnlyManyEntryNames(items);
        keepOnlyRunsOfDumpEntries(items);
        promoteListingEntries(items, meta, undeclared);
        keepContainerLinkLists(items);
        removeTeaserLeads(items, meta);
        fallBackWhenNothingIsGood(items);
        smooth(items);
        Layout layout = placeHeaderAndTail(items, meta, guessedTitle, undeclared);
        keepCardGrids(items);
        resolveDates(articleHeaderDates(dates, layout), meta, layout.first());
        dropOrphanedFields(items);
        return collect(items, meta);
    }

    /** Rows in a row make a table: a dump prints each row of a table as its cells joined by " | ". */
    private static final int TABLE_ROWS_MIN = 3;
    private static final String CELL_SEPARATOR = " | ";

    /**
     * Marks the rows of tables: an HTML {@code <tr>}, and in a dump a run of lines that hold the same
     * number of cell separators. A table's header row ("Date | Composite score") is not a breadcrumb
     * and its first dated row ("1/1/2013 | +13.1%") is not the page's dateline. Measured: extraction-dev
     * HTML 0.86269 -> 0.86307 (10 pages better, 4 worse by 0.02-0.04), text 0.79236 -> 0.79261 (3 better);
     * multilingual 0.0001-0.0002 lower (one page whose label leaves a table out); dates unchanged.
     */
    private static void markTableRows(List<Item> items) {
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            if (it.c.tag() != null) {
                it.tableRow = "tr".equals(it.c.tag());
                i++;
                continue;
            }
            int cells = cellSeparators(it.text);
            int end = i + 1;
            while (cells > 0 && end < items.size() && items.get(end).c.tag() == null && cellSeparators(items.get(end).text) == cells) end++;
            if (cells > 0 && end - i >= TABLE_ROWS_MIN) for (int k = i; k < end; k++) items.get(k).tableRow = true;
            i = end;
        }
    }

    private static int cellSeparators(String line) {
        int n = 0;
        for (int at = line.indexOf(CELL_SEPARATOR); at >= 0; at = line.indexOf(CELL_SEPARATOR, at + CELL_SEPARATOR.length())) n++;
        return n;
    }

    private void applyRules(List<Item> items) {
        for (Item it : items) {
            Optional<BoilerplateRules.Verdict> v = rules.match(it.text);
            if (v.isPresent()) {
                it.remove(v.get().family(), v.get().rule());
                it.ending = v.get().ending();
            }
        }
    }

    /**
     * "Sheri says" over a reader's comment with its "Reply" button below: WordPress themes print
     * comments so, and in a dump nothing else tells them from the article. Such a line begins the
     * comments, as their section's heading does. Without the button it may be a subheading ("What
     * the research says"), and is left alone; forums' quotes ("paulb203 said:") are their text.
     */
    private static final java.util.regex.Pattern COMMENT_AUTHOR = java.util.regex.Pattern.compile(
            "^\\S.{0,50}\\s(says|sagt|dit|dice|zegt)\\s*:?$", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final int REPLY_BUTTON_WITHIN = 10;

    private static void markCommentAuthors(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fate != Fate.OPEN || it.text.length() > 60 || !COMMENT_AUTHOR.matcher(it.text).matches()) continue;
            for (int k = i + 1; k < items.size() && k <= i + REPLY_BUTTON_WITHIN; k++) {
                if ("forum-chrome:reply-button".equals(items.get(k).rule)) {
                    it.remove("comment-form", "comment-form:comment-author");
                    it.ending = BoilerplateRules.Ending.FIRM;
                    break;
                }
            }
        }
    }

    /** Blocks this site prints on most of its pages (its footer, menus, licence lines), with the evidence. */
    private void applySiteProfile(List<Item> items, String site) {
        if (site == null) return;
        int pages = sites.pages(site);
        if (pages < SiteProfile.MIN_PAGES) return;
        int needed = (int) Math.max(3, Math.ceil(SiteProfile.MIN_SHARE * pages));
        java.util.Map<String, Integer> frequent = sites.blocksOnAtLeast(site, needed);
        if (frequent.isEmpty()) return;
        for (Item it : items) {
            if (it.fate != Fate.OPEN) continue;
            Integer seen = frequent.get(SiteProfile.fingerprint(it.text));
            if (seen != null) it.remove("site-boilerplate", "site:seen on " + seen + " of " + pages + " pages of " + site);
        }
    }

    /**
     * A dump's line of program code: it ends as a statement, a block or an argument does, and holds
     * a brace, a semicolon, an assignment or a call. A listing repeats such lines ("resource {",
     * "display: flex;", "});"), and a repeat is not a copy of the page's furniture. Measured on
     * extraction-dev text: 0.81135 -> 0.81156 (7 pages better, a React tutorial 0.87 -> 0.96; 2
     * worse, whose labels leave some of a listing's lines out); a closing bracket as a line's end
     * without such a sign counted a variety table's "(UK)" rows as code (-0.30).
     */
    static boolean looksLikeCodeLine(String t) {
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (";{},)(".indexOf(last) < 0) return false;
        for (int c = 0; c < t.length(); c++) if ("{};=".indexOf(t.charAt(c)) >= 0) return true;
        return t.contains("()");
    }

    /**
     * Later copies of a block are duplicates (not a dump's code line: {@link #looksLikeCodeLine}; not
     * a record's field: {@link #isRecordField}); the first copy is flagged so it can be read as a
     * caption or title.
     */
    private static void markRepeats(List<Item> items) {
        Map<String, Item> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.weight < 8) continue;
            if (it.c.tag() == null && looksLikeCodeLine(it.text)) continue;
            String key = it.text.toLowerCase(Locale.ROOT);
            Item first = seen.putIfAbsent(key, it);
            if (first != null) {
                first.repeated = true;
                if (it.fate != Fate.OPEN) continue;
                if (isRecordField(it, first)) {
                    it.fieldOf = first;
                    continue;
                }
                it.remove("duplicate", "duplicate:repeat-of-" + first.c.position());
                if (first.removedCopies == null) first.removedCopies = new ArrayList<>();
                first.removedCopies.add(i);
            }
        }
    }

    /**
     * A short block repeated in the same structural slot of the main content (see {@link Candidate#slot})
     * is a field that each record of a list prints, not a copy of one block: "Individual Rental
     * Price -" under each item of a rental shop's list, "nullable string" under each field of an API
     * reference, a coupon's terms under each coupon, a conference's city under each conference.
     * Copies of a block stand elsewhere (the title over the article and in a breadcrumb, a caption in
     * the figure and in its lightbox, a menu in the header and in the footer), and a longer block
     * repeated in one slot is a page printing its article twice. The records must be elements of
     * their own: a block repeated inside one element is a copy however short (a paragraph printed
     * twice in the article). Measured on extraction-dev HTML: 0.87464 -> 0.87541 (23 pages better, a
     * rental list 0.62 -> 0.88, a conference list 0.82 -> 0.99; 15 worse, shops whose labels leave
     * out the "Sale price" and "Quick Shop" of each product card, up to -0.17); multilingual HTML
     * 0.95922 -> 0.95921; dumps have no slots. Counting repeats inside one element as fields too gave
     * 0.87561 (a training plan's "Monday. Rest Day" under each week's heading), and kept the copy.
     */
    private static boolean isRecordField(Item copy, Item first) {
        return copy.c.slot() != 0 && copy.c.slot() == first.c.slot() && copy.c.container() != first.c.container()
                && copy.c.inMain() && first.c.inMain() && copy.weight <= RECORD_FIELD_MAX_WEIGHT;
    }

    /** Longer than this, a block repeated in one slot is a copy: a Korean daily's template printed its article twice. */
    private static final int RECORD_FIELD_MAX_WEIGHT = 120;

    /** A table of contents has three entries at least; fewer short lines repeated below are a coincidence. */
    private static final int TOC_ENTRIES_MIN = 3;
    /** How many of its entries must be repeated as headings over text (see {@link #removeTablesOfContents}). */
    private static final double TOC_HEADINGS_OVER_TEXT = 0.8;

    /**
     * A table of contents at the top of an article ("Why you can trust my advice", "Best
     * accounting software compared", ...) prints each section heading a first time, so the
     * headings themselves, further down, were removed as repeats and the list stayed. A run of
     * {@link #TOC_ENTRIES_MIN} or more short blocks, each repeated further down in the same order,
     * below the run and apart from each other, with text under most repeats
     * ({@link #TOC_HEADINGS_OVER_TEXT}), is such a table: it is removed and the headings come back.
     * A menu printed again in the footer has no text under its repeats, and a passage printed twice
     * repeats its short lines side by side. Measured: extraction-dev text 0.81156 -> 0.81176 (4
     * pages better, a comparison article 0.72 -> 0.77; 1 worse by 0.03, whose tabbed table is
     * printed twice) and HTML 0.87240 -> 0.87254 (2 better, none worse); multilingual text 0.89798
     * -> 0.89806, HTML 0.95909 -> 0.95922. Text under any share of the repeats: 34 dev dumps
     * better, 34 worse.
     */
    private static void removeTablesOfContents(List<Item> items) {
        int i = 0;
        while (i < items.size()) {
            List<Integer> entries = new ArrayList<>(), headings = new ArrayList<>();
            int overText = 0, j = i;
            for (; j < items.size(); j++) {
                Item it = items.get(j);
                if (it.fate != Fate.OPEN || it.weight >= GOOD) break;
                int previous = headings.isEmpty() ? j : headings.get(headings.size() - 1);
                int heading = nextRepeat(it.removedCopies, previous);
                // a passage printed twice repeats its short lines side by side; a table's headings stand apart
                if (heading < 0 || !headings.isEmpty() && heading == previous + 1) break;
                entries.add(j);
                headings.add(heading);
                if (heading + 1 < items.size() && readsAsText(items.get(heading + 1))) overText++;
            }
            boolean table = entries.size() >= TOC_ENTRIES_MIN && headings.get(0) > entries.get(entries.size() - 1)
                    && overText >= entries.size() * TOC_HEADINGS_OVER_TEXT;
            if (!table) { i++; continue; }
            for (int e : entries) items.get(e).remove("navigation", "navigation:table-of-contents");
            for (int h : headings) {
                Item heading = items.get(h);
                heading.fate = Fate.OPEN;
                heading.reason = null;
                heading.rule = null;
            }
            i = j;
        }
    }

    /** Long enough, or a sentence long enough, to be text whatever stands around it (as {@link #classify} judges). */
    private static boolean readsAsText(Item it) {
        return it.weight >= GOOD || it.weight >= SENTENCE_GOOD && TextMeasure.endsLikeSentence(it.text);
    }

    /** The first of a block's removed copies past {@code after}, or -1. */
    private static int nextRepeat(List<Integer> repeats, int after) {
        if (repeats != null) for (int k : repeats) if (k > after) return k;
        return -1;
    }

    /** Marks the title block; returns it when it was guessed from the blocks' shape (no declared title), else null. */
    private Item chooseTitle(List<Item> items, PageMeta meta) {
        if (meta.title() != null) {
            String want = TextMeasure.forMatching(meta.title());
            for (Item it : items) {
                if (it.fate != Fate.OPEN && !"duplicate".equals(it.reason)) continue;
                // a paragraph too long to be the title is not put in matching form (that was a fifth of assembly)
                if (TextMeasure.hasLettersOrDigits(it.text, Math.max(want.length() + 1, (int) Math.ceil(want.length() * 1.5)))) continue;
                String have = TextMeasure.forMatching(it.text);
                if (have.equals(want) || (have.length() > 10 && want.startsWith(have)) || (want.length() > 10 && have.startsWith(want)
                        && have.length() < want.length() * 1.5)) {
                    if (it.fate == Fate.OPEN) it.fate = Fate.TITLE;
                    else it.rule = "duplicate:title";
                }
            }
            return null;
        }
        int looked = 0;
        for (int i = 0; i < items.size() && looked < TITLE_SEARCH; i++) {
            Item it = items.get(i);
            if (it.fate != Fate.OPEN) continue;
            if (!header.dates(it.text).isEmpty() || header.source(it.text).isPresent()
                    || header.breadcrumbSection(it.text).isPresent() || header.byline(it.text).isPresent()) continue;
            looked++;
            int w = it.weight;
            if (w < 12 || w > 400) continue;
            Item next = nextOpen(items, i);
            boolean headingShape = !TextMeasure.endsLikeSentence(it.text) || it.c.isHeadingTag();
            boolean shorterThanNext = next != null && next.weight > w && w <= 200;
            if (it.repeated || headingShape || shorterThanNext) {
                it.fate = Fate.TITLE;
                meta.title(it.text, "line " + it.c.position());
                for (Item other : items) {
                    if (other != it && other.text.equalsIgnoreCase(it.text)) other.remove("duplicate", "duplicate:title");
                }
                return it;
            }
            if (w >= GOOD) return null; // the text has started: this page's dump has no title line
        }
        return null;
    }

    /**
     * A dump's title is the line with the most evidence of heading the article ({@link DumpTitle}).
     * In an HTML page that declares no title, a guessed title far above the main text is usually a
     * menu or site-name line; the heading right above the text (within a few blocks, past bylines,
     * dates and captions) is the article's title then.
     */
    private int titleNearText(List<Item> items, PageMeta meta, Item guessed, int title, int first, int last) {
        if (first < 0 || (guessed == null && meta.title() != null)) return title;
        if (items.get(first).c.tag() == null) return titleOfDump(items, meta, title, first, last);
        // a guess close above the text that looks like a title stays (the line under it may be its subtitle)
        if (title >= 0 && first - title <= TITLE_NEAR_TEXT && looksLikeTitle(items.get(title))) return title;
        int best = -1;
        double bestScore = 0;
        List<String> lowerTexts = null; // only when some block above the text looks like a title
        for (int i = first - 1; i >= 0 && i >= first - TITLE_NEAR_TEXT; i--) {
            Item it = items.get(i);
            // a title printed a second time right above the text (its first copy far up, among the
            // menus) was removed as a repeat, and is still the title (multilingual dumps 45 -> 46 of 105,
            // when this search served dumps too)
            boolean repeat = "duplicate".equals(it.reason);
            if ((it.fate != Fate.OPEN && i != title && !repeat) || captionLike(it) || !looksLikeTitle(it)) continue;
            int w = it.weight;
            // a title is long for a heading, is printed again elsewhere on the page (the window title, a
            // breadcrumb, a share box), and stands close above the text
            if (lowerTexts == null) lowerTexts = items.stream().map(x -> x.text.toLowerCase(java.util.Locale.ROOT)).toList();
            double score = Math.min(w, 150) + (DumpTitle.printedElsewhere(lowerTexts, i) ? 100 : 0) - 3.0 * (first - i);
            if (best < 0 || score > bestScore) { best = i; bestScore = score; }
        }
        if (best < 0 || best == title) return title;
        Item it = items.get(best);
        if (title >= 0) items.get(title).remove("header", "header:before-main-text");
        it.fate = Fate.TITLE;
        meta.replaceTitle(it.text, "line " + it.c.position() + " (the heading above the main text)");
        return best;
    }

    /** The first guess stays when no line scores as a title: a title ending in a full stop is no candidate there. */
    private int titleOfDump(List<Item> items, PageMeta meta, int title, int first, int last) {
        List<DumpTitle.Line> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            // a listing's entry heads only itself, not the listing
            boolean candidate = (it.fate == Fate.OPEN || i == title || "duplicate".equals(it.reason))
                    && !(it.listingEntry && it.quality == Quality.GOOD);
            lines.add(new DumpTitle.Line(it.text, it.weight, isGoodLine(it), candidate, isDateLine(it)));
        }
        int best = DumpTitle.best(lines, first, last, i -> captionLike(items.get(i)));
        // a title printed twice keeps its first copy; the second is the duplicate
        if (best < 0 || best == title || title >= 0 && items.get(title).text.equals(items.get(best).text)) return title;
        Item it = items.get(best);
        if (title >= 0) items.get(title).remove("header", "header:before-main-text");
        it.fate = Fate.TITLE;
        meta.replaceTitle(it.text, "line " + it.c.position() + " (the dump line that reads most like the article's title)");
        return best;
    }

    private boolean looksLikeTitle(Item it) {
        int w = it.weight;
        if (w < 15 || w > 300 || TextMeasure.endsLikeSentence(it.text) || LABEL_OR_CLOCK.matcher(it.text).find()) return false;
        if (!header.dates(it.text).isEmpty() || header.source(it.text).isPresent() || header.byline(it.text).isPresent()
                || header.breadcrumbSection(it.text).isPresent()) return false;
        return TextMeasure.words(it.text) >= 3 || w >= 30;
    }

    /**
     * Whether the page writes dates day first, for a numeric date like 02/12/2024 whose own line
     * does not say: the page's declared language is not English, or one of its lines shows it (see
     * {@link HeaderLines#saysDayFirst}). Found out once, and only when such a date is met.
     */
    private java.util.function.BooleanSupplier pageWritesDayFirst(List<Item> items, PageMeta meta) {
        Boolean[] known = {null};
        return () -> {
            if (known[0] == null) {
                String lang = meta.language == null ? "" : meta.language.toLowerCase(Locale.ROOT);
                boolean declared = !lang.isEmpty() && !lang.startsWith("en");
                known[0] = declared || lang.startsWith("en-gb") || items.stream().anyMatch(it -> header.saysDayFirst(it.text));
            }
            return known[0];
        };
    }

    /**
     * A date read off a metadata line, with the line's number and its block's index.
     * @param bylined whether the date's line also names the author ("Par Jean Dupont — 24 novembre 2017 à 18:42")
     */
    private record DateLine(HeaderLines.LabelledDate date, int line, int index, boolean bylined) {}

    private List<DateLine> readMetadataLines(List<Item> items, PageMeta meta) {
        List<DateLine> dates = new ArrayList<>();
        java.util.function.BooleanSupplier dayFirst = pageWritesDayFirst(items, meta);
        boolean beforeTitle = true;
        for (int index = 0; index < items.size(); index++) {
            Item it = items.get(index);
            if (it.fate == Fate.TITLE) { beforeTitle = false; continue; }
            if (it.fate != Fate.OPEN || it.tableRow) continue;
            List<HeaderLines.LabelledDate> ds = header.dates(it.text, dayFirst);
            Optional<String> src = header.source(it.text);
            if (!ds.isEmpty() || src.isPresent()) {
                Optional<List<String>> author = ds.isEmpty() ? Optional.empty() : header.bylineBesideDate(it.text);
                author.ifPresent(names -> meta.byline(names, "line " + it.c.position()));
                for (HeaderLines.LabelledDate d : ds) dates.add(new DateLine(d, it.c.position(), index, author.isPresent()));
                src.ifPresent(s -> meta.source(publishers.canonical(s), "line " + it.c.position() + " '" + it.text + "'"));
                it.remove("metadata", ds.isEmpty() ? "metadata:source" : "metadata:date");
                continue;
            }
            Optional<List<String>> by = header.byline(it.text);
            if (by.isPresent()) {
                meta.byline(by.get(), "line " + it.c.position());
                it.remove("metadata", "metadata:byline");
                continue;
            }
            if (beforeTitle || meta.section == null) {
                Optional<String> crumb = header.breadcrumbSection(it.text);
                if (crumb.isPresent() && (beforeTitle || it.weight < 60)) {
                    meta.section(crumb.get(), "breadcrumb line " + it.c.position() + " '" + it.text + "'");
                    it.remove("metadata", "metadata:breadcrumb");
                }
            }
        }
        return dates;
    }

    /**
     * A page prints many dates (related stories, comments, the footer's year); the article's own
     * stand by its title and the start of its text. When some do, only those count.
     */
    private static List<DateLine> articleHeaderDates(List<DateLine> dates, Layout layout) {
        if (layout.first() < 0) return dates;
        int from = layout.title() >= 0 ? layout.title() - 2 : layout.first() - TITLE_NEAR_TEXT, to = layout.first() + 2;
        // the date on the author's line, from the title to the end of the text, is the article's own:
        // the teasers around it are dated too, but not signed (a teaser signed below the text is a
        // related story's)
        for (DateLine d : dates) if (d.bylined() && d.index() >= from && d.index() <= layout.last()) return List.of(d);
        List<DateLine> near = new ArrayList<>();
        for (DateLine d : dates) if (d.index() >= from && d.index() <= to) near.add(d);
        if (!near.isEmpty()) return near;
        // no date by the title: a line that reads like a dateline (a label, or a time of day) rather
        // than a date inside some headline or list elsewhere on the page
        // (a date beside a stamped one on its line is as much a dateline: "5 gennaio 2025 (modifica il 6 gennaio 2025 | 15:24)")
        Set<Integer> stampedLines = new java.util.HashSet<>();
        for (DateLine d : dates) {
            if (d.date().role() != HeaderLines.DateRole.UNLABELLED || d.date().iso().contains("T")) stampedLines.add(d.index());
        }
        List<DateLine> stamped = new ArrayList<>();
        for (DateLine d : dates) if (stampedLines.contains(d.index())) stamped.add(d);
        return stamped.isEmpty() ? dates : stamped;
    }

    /**
     * A page that labels one date "published" is taken at its word. A page that only says "updated"
     * (twice, as many portals do) was published at the earliest of those dates and modified at the
     * latest. Unlabelled dates are read as the one nearest the start of the main text: the others
     * belong to related stories above or below it (multilingual text dumps: 69 -> 73 of 91 dates
     * right, where the earliest was taken before; HTML pages unchanged).
     */
    private static void resolveDates(List<DateLine> lines, PageMeta meta, int textStart) {
        if (lines.isEmpty()) return;
        DateLine published = null, earliest = null, latest = null, nearest = null;
        boolean allUpdated = true;
        for (DateLine l : lines) {
            String iso = l.date().iso();
            if (l.date().role() == HeaderLines.DateRole.PUBLISHED && published == null) published = l;
            if (l.date().role() != HeaderLines.DateRole.MODIFIED) allUpdated = false;
            if (earliest == null || iso.compareTo(earliest.date().iso()) < 0) earliest = l;
            if (latest == null || iso.compareTo(latest.date().iso()) > 0) latest = l;
            if (nearest == null || distance(l, textStart) < distance(nearest, textStart)) nearest = l;
        }
        boolean byEarliest = allUpdated || textStart < 0;
        DateLine pub = published != null ? published : byEarliest ? earliest : nearest;
        String why = published != null ? " (labelled published)" : byEarliest ? " (earliest date)" : " (the date nearest the main text)";
        meta.published(pub.date().iso(), "line " + pub.line() + why);
        for (DateLine l : lines) {
            if (l.date().role() == HeaderLines.DateRole.MODIFIED && l != pub && !l.date().iso().equals(pub.date().iso())) {
                DateLine mod = latest.date().role() == HeaderLines.DateRole.MODIFIED ? latest : l;
                meta.modified(mod.date().iso(), "line " + mod.line() + " (labelled updated)");
                break;
            }
        }
    }

    /**
     * How far a dateline stands from the start of the text, a line below it counting double: a
     * page's dateline stands above its text, and the dates below are related stories' (multilingual
     * text dumps: 75 -> 76 of 91 dates right; HTML unchanged).
     */
    private static int distance(DateLine l, int textStart) {
        int d = l.index() - textStart;
        return d <= 0 ? -d : 2 * d;
    }

    /** Words a menu printed as one line has: a sentence of so many words has some punctuation. */
    private static final int MENU_LINE_WORDS = 15;

    /**
     * A menu printed as one line ("Solidbody Guitars Semi-hollowbody Guitars Hollowbody Guitars ...
     * View All Electric Guitars"): many words, most of them capitalized, and not one mark of
     * punctuation. Long enough to pass for a paragraph, it is no sentence, and a dump's text does not
     * start there: it is bad, as a link list is in HTML, so that smoothing does not make it text
     * either. In HTML the menu's markup is gone before (no change measured there). Measured:
     * extraction-dev text 0.79405 -> 0.79584 (36 pages better, 4 worse; as a middling block instead,
     * 0.79525), multilingual text 0.88994 -> 0.89279 (4 better, none worse). Of such lines in the dev
     * dumps (15 words or more), 37 are in their labels (headlines, mostly) and 472 are not.
     */
    private static boolean isFlattenedMenu(String text) {
        // a colon or a table's cell separator is no menu's either
        if (TextMeasure.punctuation(text) > 0 || text.indexOf(':') >= 0 || text.indexOf('|') >= 0) return false;
        int words = 0, capitalized = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (!inWord) {
                    words++;
                    if (Character.isUpperCase(cp)) capitalized++;
                }
                inWord = true;
            } else if (!(cp == '\'' || cp == '’' || cp == '-')) {
                inWord = false;
            }
        }
        return words >= MENU_LINE_WORDS && capitalized * 10 >= words * 6;
    }

    /** Junctions of a menu's entries printed without a space between them: "AboutResearchStoriesNewsroom". */
    private static final int GLUED_JUNCTIONS = 6;

    /**
     * A menu whose entries a dump glued together ("HomeCommercial CleaningLocationsIndustriesPricing",
     * "AdanaAdıyamanAfyonkarahisar"): places where a capital follows a lower-case letter, six at
     * least and more than a third of the spaces (a shop's entries have words of their own: "Living
     * Room FurnitureSofasSectionalsTV Stands & Entertainment Centers"), and none of the punctuation of code ("subscribeToFriendStatus(...)"),
     * markup or an address, where such junctions are names. 126 such lines in the dev dumps, 21 in the
     * multilingual ones, none inside a label. Bad whatever its length: above or below the article it
     * is then no start or end of its text. Measured: extraction-dev text 0.80769 -> 0.80788 (9 pages
     * better, a cloud vendor's page 0.74 -> 0.95; none worse), multilingual text 0.89654 -> 0.89691;
     * as a rule's removal instead, 0.80768 (a run of short lines between paragraphs keeps bad lines
     * too, and without its line a page's text started elsewhere: 2 pages worse by 0.04-0.10).
     * A third of the spaces rather than all of them: 138 more dev dump lines, 3 inside labels (prose
     * naming "componentDidMount and componentDidUpdate"); text 0.80788 -> 0.80813 (15 pages better, 5 by
     * more than 0.02, an Indian market page 0.75 -> 0.90; those 3 worse by 0.007), multilingual text
     * 0.89691 -> 0.89737 (a Turkish news page 0.91 -> 0.95); half of them: 0.80798.
     */
    static boolean isGluedMenu(String text) {
        int junctions = 0, spaces = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') spaces++;
            else if ("(){}<>=;\"/:_[]".indexOf(c) >= 0) return false;
            else if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) junctions++;
        }
        return junctions >= GLUED_JUNCTIONS && junctions * 3 > spaces;
    }

    private static void classify(List<Item> items, boolean undeclared) {
        for (Item it : items) {
            if (it.fate != Fate.OPEN) continue;
            int w = it.weight;
            boolean sentence = TextMeasure.endsLikeSentence(it.text) || TextMeasure.punctuation(it.text) >= 2;
            if (it.c.linkDensity() > 0.5 || (it.c.linkDensity() > 0.25 && w < GOOD)) it.quality = Quality.BAD;
            else if (w < SHORT) it.quality = Quality.SHORT;
            else if (w >= GOOD || (w >= SENTENCE_GOOD && sentence)) it.quality = Quality.GOOD;
            else it.quality = Quality.NEAR;
            if (it.quality == Quality.GOOD && w < CJK_HEADLINE_MAX && isCjkHeadline(it.text, w)) it.quality = Quality.NEAR;
            if (it.quality == Quality.GOOD && it.c.tag() == null && isFlattenedMenu(it.text)) it.quality = Quality.BAD;
            if (it.c.tag() == null && isGluedMenu(it.text)) it.quality = Quality.BAD;
            if (it.c.inMain()) {
                // the container the HTML scoring chose vouches for its middling blocks
                if (it.quality == Quality.NEAR) it.quality = Quality.GOOD;
                else if (it.quality == Quality.SHORT && sentence) it.quality = Quality.NEAR;
                // and for blocks with some links in it (a teaser, a list of sources) that are not menus
                else if (it.quality == Quality.BAD && it.c.linkDensity() <= VOUCHED_LINK_DENSITY && w >= 10) it.quality = Quality.NEAR;
            }
            // a linked headline may be a listing's entry (see promoteListingEntries), and so may a product's name
            if (it.quality == Quality.BAD && it.c.tag() != null) {
                if (looksLikeHeadline(it.text, w)) it.listingEntry = true;
                else if (undeclared && looksLikeEntryName(it.text, w)) it.listingEntry = it.entryName = true;
            }
            // ...and in a dump, which has no links, a middling headline-shaped line (see keepOnlyRunsOfDumpEntries)
            if (it.c.tag() == null && (it.quality == Quality.SHORT || it.quality == Quality.NEAR) && !sentence
                    && looksLikeHeadline(it.text, w)) it.listingEntry = true;
        }
    }

    /** See {@link #keepOnlyRunsOfDumpEntries}. */
    private static final int DUMP_ENTRIES_MIN = 10;
    /** How many other lines may stand between two entries of a run: a rating, a label, a removed line. */
    private static final int DUMP_ENTRY_GAP = 2;

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
     */
    private static void keepOnlyRunsOfDumpEntries(List<Item> items) {
        int i = 0;
        while (i < items.size()) {
            if (!isDumpEntry(items.get(i))) { i++; continue; }
            int entries = 1, between = 0, end = i;
            for (int j = i + 1; j < items.size() && between <= DUMP_ENTRY_GAP; j++) {
                Item it = items.get(j);
                if (isDumpEntry(it)) { entries++; between = 0; end = j; }
                else if (it.fate != Fate.OPEN || it.quality != Quality.GOOD && it.weight < HEADLINE_MIN) between++;
                else break;
            }
            if (entries < DUMP_ENTRIES_MIN) for (int k = i; k <= end; k++) items.get(k).listingEntry = false;
            i = end + 1;
        }
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
    private static void promoteListingEntries(List<Item> items, PageMeta meta, boolean undeclared) {
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
     * {@link #assemble}), linked entries of {@link #BLURB_LISTING_MIN} characters or more, nearly
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
    private static void keepContainerLinkLists(List<Item> items) {
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
    private static void removeTeaserLeads(List<Item> items, PageMeta meta) {
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

    /**
     * Four words or more: a headline, not a menu label ("World", "Sign in"). Scripts written without
     * spaces have no words to count; taking ten CJK characters as a headline instead cost a Japanese
     * article its precision (its "latest news" list) and no listing in the dev sets gained, so CJK
     * headlines are not listing entries for now. Japanese headlines put spaces between phrases, so
     * a line mostly of CJK characters is not counted by its spaces either.
     */
    private static boolean looksLikeHeadline(String text, int weightedLength) {
        return hasWords(text, weightedLength, HEADLINE_MIN, 4);
    }

    /** At least {@code words} words and {@code minLength} characters, and not mostly CJK (which has no spaces to count). */
    private static boolean hasWords(String text, int weightedLength, int minLength, int words) {
        return weightedLength >= minLength && TextMeasure.words(text) >= words && !TextMeasure.mostlyCjk(text, weightedLength);
    }

    /** See {@link #looksLikeEntryName}. */
    private static final int ENTRY_NAME_MIN = 12, ENTRY_NAME_WORDS = 3;
    /** See {@link #keepOnlyManyEntryNames}. */
    private static final int ENTRY_NAMES_MIN = 5;

    /**
     * Fewer than {@link #ENTRY_NAMES_MIN} short linked names on a page are a menu's or a box's,
     * not a listing's entries: their weight alone tipped the listing tests on service and product
     * pages. Measured: extraction-dev HTML 0.87428 -> 0.87465 (6 pages better, a flea market's home
     * page 0.75 -> 0.90, a B&H product page 0.41 -> 0.55; 1 worse by 0.02), multilingual
     * unchanged; at 8 names, 0.87436; at 12, 0.87387.
     */
    private static void keepOnlyManyEntryNames(List<Item> items) {
        int names = 0;
        for (Item it : items) if (it.entryName) names++;
        if (names >= ENTRY_NAMES_MIN) return;
        for (Item it : items) {
            if (it.entryName) it.listingEntry = it.entryName = false;
        }
    }

    /**
     * Three words: a product's or a category's name ("Geo Seamless T-Shirt", "Tuxedo Shoes Black"),
     * taken as a possible listing entry on a page that neither declares itself an article nor shows
     * a dateline (see {@link #assemble}), where a short linked name is more likely a shop's or an
     * index's entry than a menu's. Measured: extraction-dev HTML 0.87340 -> 0.87428 (11 pages
     * better: a shop's category page 0.14 -> 0.95, Wikipedia's category of programming languages
     * 0.41 -> 0.90, iFixit's parts 0.43 -> 0.53; 9 worse, service and product pages whose menus of
     * three-word links became entries, -0.02 to -0.16), multilingual unchanged; from 16 characters,
     * 0.87395; at 20, 0.87378.
     */
    private static boolean looksLikeEntryName(String text, int weightedLength) {
        return hasWords(text, weightedLength, ENTRY_NAME_MIN, ENTRY_NAME_WORDS);
    }


    /** jusText's context pass: middling blocks between good ones are text, lone ones in furniture are not. */
    private static void smooth(List<Item> items) {
        List<Item> open = new ArrayList<>();
        for (Item it : items) if (it.fate == Fate.OPEN) open.add(it);
        Quality[] q = new Quality[open.size()];
        for (int i = 0; i < q.length; i++) q[i] = open.get(i).quality;
        Quality[] out = q.clone();
        // the nearest block that is not SHORT on each side, found in one pass each way (a page of a
        // million tiny elements must not cost a million squared)
        Quality[] before = new Quality[q.length], after = new Quality[q.length];
        Quality seen = Quality.BAD;
        for (int i = 0; i < q.length; i++) { before[i] = seen; if (q[i] != Quality.SHORT) seen = q[i]; }
        seen = Quality.BAD;
        for (int i = q.length - 1; i >= 0; i--) { after[i] = seen; if (q[i] != Quality.SHORT) seen = q[i]; }
        for (int i = 0; i < q.length; i++) {
            if (q[i] != Quality.NEAR && q[i] != Quality.SHORT) continue;
            Quality prev = before[i], next = after[i];
            if (q[i] == Quality.NEAR) {
                out[i] = prev == Quality.GOOD || next == Quality.GOOD ? Quality.GOOD : Quality.BAD;
            } else if (prev == Quality.GOOD && next == Quality.GOOD) {
                out[i] = Quality.GOOD;
            } else if (next == Quality.GOOD && isHeadingLike(open.get(i)) && nextIs(q, i, Quality.GOOD)) {
                out[i] = Quality.GOOD; // a subheading introduces the paragraph after it
            } else {
                out[i] = Quality.BAD;
            }
        }
        for (int i = 0; i < q.length; i++) open.get(i).quality = out[i];
    }

    private static boolean nextIs(Quality[] q, int i, Quality want) {
        return i + 1 < q.length && q[i + 1] == want;
    }

    /** A block that reads as a heading; a code listing never does, though it ends in no full stop. */
    private static boolean isHeadingLike(Item it) {
        return it.c.isHeadingTag() || (!TextMeasure.endsLikeSentence(it.text) && it.weight >= 8 && !it.c.isCodeListing());
    }

    private static int goodWeight(List<Item> items) {
        int w = 0;
        for (Item it : items) if (isGoodOpen(it)) w += it.weight;
        return w;
    }

    /**
     * Below about a hundred words of good text the page has no article to anchor on: a product
     * grid's one sentence is its newsletter box, and taken as the text it cut everything above it
     * as "header". Both fallback steps run then (extraction-dev 0.825 -> 0.831: collections 0.567 ->
     * 0.585, listings 0.534 -> 0.563).
     */
    private static final int THIN_TEXT = 500;

    /**
     * The last step of the cascade, as trafilatura falls back to a baseline: a page whose blocks are
     * all middling (a service page, a short listing) or hold too little good text keeps the low-link
     * blocks the HTML scoring's container holds (or, in HTML without one and in a dump, its middling
     * blocks) rather than coming out empty.
     */
    private static void fallBackWhenNothingIsGood(List<Item> items) {
        int good = goodWeight(items);
        if (good >= THIN_TEXT) return;
        // A dump has no container to vouch for its blocks, so it falls back only when not one block
        // is good: a product grid's names and prices, a short listing. Measured on extraction-dev
        // text dumps, against never: 0.772 -> 0.777 (13 pages better, all empty before; none worse).
        // Falling back below 300, or below THIN_TEXT as HTML does, scored 0.781 but made 7 and 16
        // pages worse, and in a short article's dump it promoted menu lines over the title.
        boolean dumpsToo = good == 0;
        for (Item it : items) {
            if (it.fate != Fate.OPEN || it.c.tag() == null && !dumpsToo) continue;
            int w = it.weight;
            // a listing's teasers are whole-card links: long linked sentences are its text
            boolean teaser = w >= GOOD && TextMeasure.endsLikeSentence(it.text);
            if (w < 15 || (it.c.linkDensity() >= 0.5 && !teaser)) continue;
            if ((it.c.inMain() && it.quality == Quality.SHORT) || it.quality == Quality.NEAR || teaser) it.quality = Quality.GOOD;
        }
        if (goodWeight(items) >= THIN_TEXT) return;
        // still nothing: a page of short blocks (a product card, a form's description) keeps those
        // with few links rather than coming out empty (extraction-dev 0.804 -> 0.806)
        for (Item it : items) {
            if (it.fate == Fate.OPEN && (it.c.tag() != null || dumpsToo) && it.weight >= 15 && it.c.linkDensity() < 0.5) {
                it.quality = Quality.GOOD;
            }
        }
    }

    /**
     * In a dump, a table right under the article's last paragraph is the article's (a review's table
     * of specs): its rows are short lines, and would otherwise be the page's tail. Measured:
     * extraction-dev text 0.79358 -> 0.79362 (2 pages better, none worse). Not in HTML, where the
     * tables under a product's description are most often its spec sheet, which labels leave out
     * (3 pages 0.002-0.010 worse).
     */
    private static int throughTable(List<Item> items, int last) {
        int i = last + 1;
        while (i < items.size() && items.get(i).fate == Fate.OPEN && items.get(i).tableRow && items.get(i).c.tag() == null) i++;
        return i - 1;
    }

    private static final Set<String> LEFT_OUT_BY_PLACE = Set.of("header", "tail", "low-content", "duplicate");

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
    private static void keepCardGrids(List<Item> items) {
        if (items.isEmpty()) return;
        double needed = isDump(items) ? GRID_TO_TEXT_DUMP : GRID_TO_TEXT_HTML;
        long kept = 0;
        for (Item it : items) if (isText(it)) kept += it.weight;
        List<String> lines = new ArrayList<>(items.size());
        for (Item it : items) lines.add(it.text);
        List<Item> added = new ArrayList<>();
        for (CardGrid.Region r : CardGrid.find(lines)) {
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

    /** The index of the title block and of the main text's first block (-1: none). */
    private record Layout(int title, int first, int last) {}

    /**
     * Places header, captions, body and tail.
     * @param linkedBlocksAreText whether the container's text elements are the page's however many links
     *        they hold: on a page that neither declares itself an article nor shows a dateline (a manual's
     *        lists of API links, an events listing, a shop's category list), and not in a thread. Measured:
     *        extraction-dev HTML 0.87254 -> 0.87305 (11 pages better: a Redis manual 0.88 -> 0.99, MDN 0.91
     *        -> 0.98, an events listing 0.66 -> 0.81; 2 worse by 0.03-0.05), multilingual unchanged. Undated
     *        pages alone: the same gain on extraction-dev, but an undated Thai article lost 0.06 to its
     *        related-link lists (its date is a line of its text).
     */
    private Layout placeHeaderAndTail(List<Item> items, PageMeta meta, Item guessedTitle, boolean linkedBlocksAreText) {
        int first = -1, last = -1, title = -1;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fate == Fate.TITLE && title < 0) title = i;
            if (it.fate == Fate.OPEN && it.quality == Quality.GOOD && !captionLike(it)) {
                // a short heading-like block right under the title is a subtitle, not the start of the text
                boolean standfirst = first < 0 && title >= 0 && it.c.tag() == null && isSubtitle(it)
                        && it.weight < SENTENCE_GOOD * 2;
                if (first < 0 && !standfirst) first = i;
                if (first >= 0) last = i;
            }
        }
        if (first >= 0) last = endAtMarker(items, first, last, meta.discussion);
        if (first >= 0) last = throughTable(items, last);
        if (first >= 0) {
            // the text runs on through the HTML scoring's container: the last entries of a listing
            // are short teasers, not the page's tail (listings 0.424 -> 0.453 on extraction-dev)
            for (int i = last + 1; i < items.size(); i++) {
                Item it = items.get(i);
                if (it.fate == Fate.OPEN && it.c.inMain() && isTextElementInHtml(it)) last = i;
            }
        }

        title = titleNearText(items, meta, guessedTitle, title, first, last);
        first = startUnderDumpTitle(items, title, first, last);
        int shortRunEnd = -1; // each run of short dump lines is judged once, at its first line (see isKeptShortRun)
        boolean shortRunKept = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fate != Fate.OPEN) continue;
            if (it.c.tag() == null && it.quality != Quality.GOOD && i > shortRunEnd) {
                shortRunEnd = endOfShortRun(items, i);
                shortRunKept = isKeptShortRun(items, i, shortRunEnd);
            }
            if (captionLike(it) && (first < 0 || i < first || i <= last)) {
                it.fate = Fate.CAPTION;
            } else if (first < 0 || i < first) {
                boolean afterTitle = title >= 0 && i > title;
                if (afterTitle && meta.subtitle == null && isSubtitle(it)) {
                    it.fate = Fate.SUBTITLE;
                    meta.subtitle(it.text, "line " + it.c.position());
                } else {
                    it.remove("header", "header:before-main-text");
                }
            } else if (i > last) {
                it.remove("tail", "tail:after-main-text");
            } else if (it.quality == Quality.GOOD) {
                it.fate = isHeadingLike(it) && it.weight < SENTENCE_GOOD || it.c.isHeadingTag()
                        ? Fate.HEADING : Fate.BODY;
            } else if (isTextElementInHtml(it) || it.c.inMain() && it.c.linkDensity() <= SPAN_LINK_DENSITY
                    || it.c.outbound() || it.c.tag() == null && (shortRunKept || it.tableRow)
                    || linkedBlocksAreText && it.c.inMain() && it.c.tag() != null && TEXT_ELEMENTS.contains(it.c.tag())) {
                // inside the article's span an HTML text element (a list item, a short paragraph, a
                // table row) is part of it, however short: measured on extraction-dev, removing these
                // lost more article text than furniture (F1 0.790 -> 0.797; 0.921 on articles); so is
                // any block of the scoring's container with few links, such as a product card's name
                // and price in a collection's grid (collections 0.559 -> 0.567)
                // ...and in a dump, a run of lines between two anchored paragraphs (isKeptShortRun),
                // and a table's rows, as an HTML table's are (extraction-dev text 0.79362 -> 0.79405,
                // 11 pages better, 3 worse; multilingual unchanged)
                // ...and a block of links to other sites: a guide's list of the products it names, a
                // paper's references, where a list of the site's own pages is its related stories
                // (extraction-dev HTML 0.8613 -> 0.8622, 24 pages better, 5 worse by 0.03-0.06:
                // a newsletter's rating links, a blog box on another host of the same company)
                it.fate = Fate.BODY;
            } else {
                it.remove("low-content", it.c.linkDensity() > 0.25 ? "low-content:link-dense" : "low-content:short");
            }
        }
        return new Layout(title, first, last);
    }

    /**
     * The share of a dump's good text that must stand below a title found under the first good
     * line for the lines above the title to be left out: they are other stories' teasers or the
     * site's blurb, and the article starts under its title. Lower shares cut the intros of manuals
     * and services, which labels keep. Measured: extraction-dev text 0.7871 -> 0.7883 (41 pages
     * better, 22 worse, a manual by 0.065), multilingual text 0.874 -> 0.877 (5 better, none worse);
     * at 0.5, dev 0.7880 with 37 worse.
     */
    private static final double TEXT_UNDER_TITLE = 0.85;

    private static int startUnderDumpTitle(List<Item> items, int title, int first, int last) {
        if (first < 0 || title <= first || items.get(first).c.tag() != null) return first;
        long total = 0, below = 0;
        for (int i = first; i <= last; i++) {
            if (!isGoodLine(items.get(i))) continue;
            total += items.get(i).weight;
            if (i > title) below += items.get(i).weight;
        }
        if (below < total * TEXT_UNDER_TITLE) return first;
        for (int i = title + 1; i <= last; i++) if (isGoodLine(items.get(i))) return i;
        return first;
    }

    /**
     * In a dump, a run of short lines inside the article's span (list items, table rows, a one-line
     * answer, a subheading) is its text when a paragraph stands right above it and right below it.
     * Each of those paragraphs must be anchored: beside another good line on its far side, or long.
     * A lone good line in a menu or a newsletter box is where the span overshoots, and filling from
     * it let the furniture in (unanchored: dev dumps +0.010, multilingual news -0.009 with 15 pages
     * worse). Measured: dev text 0.7845 -> 0.7869 (449 pages better, 175 worse, 6 of them by 0.02 to
     * 0.05), multilingual text 0.8609 -> 0.8614 (2 pages better; 8 worse by 0.01 or more, a Japanese
     * page by 0.14: its links to other stories are headlines between good lines). HTML blocks have
     * their own test ({@link #isTextElementInHtml}).
     */
    private static boolean isKeptShortRun(List<Item> items, int start, int end) {
        return isAnchoredParagraph(items, pastLinesTakenElsewhere(items, start - 1, -1), -1)
                && isAnchoredParagraph(items, pastLinesTakenElsewhere(items, end + 1, 1), 1);
    }

    /**
     * The page's own lines that went elsewhere than the text: its title, captions and credits, dates,
     * repeats. A table's caption, source line and first dated row stand between the paragraph above
     * and the rows, and a run is judged by the paragraphs beyond them. Measured against the line next
     * to the run: extraction-dev text 0.79186 -> 0.79236 (12 pages better, 3 worse), multilingual
     * text 0.88978 -> 0.89009; looking past every removed line, menus and adverts included, scored
     * 0.7927 but lost the multilingual set 0.0015 (teaser columns between an article's parts).
     */
    private static final Set<String> TAKEN_ELSEWHERE = Set.of("caption", "metadata", "title", "subtitle", "duplicate");

    private static int pastLinesTakenElsewhere(List<Item> items, int k, int away) {
        while (k >= 0 && k < items.size() && isTakenElsewhere(items.get(k))) k += away;
        return k;
    }

    private static boolean isTakenElsewhere(Item it) {
        return it.fate == Fate.TITLE || it.fate == Fate.CAPTION || it.fate == Fate.SUBTITLE
                || it.fate == Fate.REMOVED && TAKEN_ELSEWHERE.contains(it.reason);
    }

    private static int endOfShortRun(List<Item> items, int start) {
        int end = start;
        while (end + 1 < items.size() && items.get(end + 1).fate == Fate.OPEN && items.get(end + 1).quality != Quality.GOOD) end++;
        return end;
    }

    /** A long paragraph stands alone; a shorter one needs a good line on its side away from the run. */
    private static final int ANCHOR_ALONE = 400;

    /**
     * How far from the paragraph that good line may stand: up to two lines between them, for the
     * subheading and the list that open the next step of a guide ("Ask yourselves:", "Elegant or
     * rustic?"). Measured against the adjacent line alone: extraction-dev text 0.7883 -> 0.7911 (73
     * pages better, 14 worse: promotion boxes between a standfirst and the article), multilingual
     * text 0.8896 -> 0.8884 (one page: a column of teasers under a short paragraph); 4 lines:
     * 0.7917, and no limit let the furniture in (see above).
     */
    private static final int ANCHOR_REACH = 3;

    private static boolean isAnchoredParagraph(List<Item> items, int k, int away) {
        if (k < 0 || k >= items.size() || !isGoodLine(items.get(k))) return false;
        if (items.get(k).weight >= ANCHOR_ALONE) return true;
        for (int d = 1; d <= ANCHOR_REACH; d++) {
            int beside = k + d * away;
            if (beside >= 0 && beside < items.size() && isGoodLine(items.get(beside))) return true;
        }
        return false;
    }

    private static boolean isGoodLine(Item it) {
        return (it.fate == Fate.OPEN || it.fate == Fate.BODY || it.fate == Fate.HEADING) && it.quality == Quality.GOOD;
    }

    /**
     * A furniture line the text has already passed this often between its good blocks is the text's
     * own (an "Advertising" label between the entries of a list), and a band of it is no end.
     * Measured: extraction-dev HTML 0.86219 -> 0.86243 (2 pages better, a listicle 0.70 -> 0.98, none
     * worse), text 0.79152 -> 0.79186 (6 better, 1 worse); multilingual text 0.88990 -> 0.88978 (Les
     * Echos, -0.013). Twice made Pravda's dump run on into its comments (-0.02) and an Amazon dump (-0.25).
     */
    private static final int FURNITURE_OF_THE_TEXT = 3;

    /** About two hundred words of article before a line may end it: a comment count under the title does not. */
    private static final int TEXT_BEFORE_ENDING = 1000;

    /**
     * The article ends at a line that says so ({@link BoilerplateRules.Ending}), in a dump as in
     * HTML: a comment form, the links to the previous and next posts, or a "related stories" or
     * newsletter box, with the page's readers' comments, author boxes and teasers after it, which
     * are prose and long and would otherwise pass for text. Not when the page repeats that line
     * (digits aside): "Add a comment" under every answer, "12 comments" under every post, is a
     * thread's furniture and the thread is the text. A related or newsletter box ends it only when
     * no more good text follows than came before: shops and guides put them between sections.
     * Measured when the last ending rule went in: extraction-dev text mode 0.758 -> 0.771 (articles
     * 0.876 -> 0.897), HTML 0.848 -> 0.849 (articles 0.936 -> 0.939); multilingual text 0.803 ->
     * 0.823, HTML 0.938 -> 0.941. Forums 0.570 -> 0.569 in text mode: a forum that heads its
     * replies "22 Comments" reads as an article.
     * <p>
     * It also ends where a band of furniture stands between two good blocks: a line of a family
     * that sits under articles ({@link #FURNITURE_BELOW_TEXT}) and a line that reads like another
     * story's headline, with no more good text after the band than before it and not on a
     * discussion. Such a band is the page's "latest news" column, its advertising slots or its
     * paywall, and the prose after it is other stories' teasers or readers' comments. Either sign
     * alone is too weak: articles hold ad slots between paragraphs, and lists of short phrases.
     * Measured: multilingual text 0.832 -> 0.844 (15 pages better, none worse), extraction-dev
     * text 0.777 -> 0.780 (68 better, 13 worse: shops whose text was taken to start in their
     * menus); HTML 0.850 unchanged (4 better, 5 worse), multilingual HTML 0.953 -> 0.955.
     *
     * @return the index of the article's last good block
     */
    private static int endAtMarker(List<Item> items, int first, int last, boolean discussion) {
        Set<String> seenOnce = new java.util.HashSet<>();
        Set<String> repeatedRules = new java.util.HashSet<>();
        for (Item it : items) {
            if (it.ending != BoilerplateRules.Ending.NONE && !seenOnce.add(SiteProfile.folded(it.text))) {
                repeatedRules.add(it.rule);
            }
        }
        int total = 0;
        for (int i = first; i <= last; i++) if (isGoodOpen(items.get(i))) total += items.get(i).weight;
        int before = 0, lastGood = first;
        // what stands in the band since the last good block
        int headlines = 0, cjkHeadlines = 0, others = 0;
        Set<String> bandFurniture = new java.util.HashSet<>(); // the furniture lines, folded
        boolean bandFollowsLeadIn = false; // see isLeadIn
        Item kept = null; // the nearest block above that no rule removed (kept as the walk goes: a hostile page's long run
                          // of removed lines would be walked back over for each of them)
        Map<String, Integer> furnitureInText = new java.util.HashMap<>();
        int teaserPairsAbove = 0; // see isTeaserPair
        for (int i = first; i <= last; i++) {
            Item it = items.get(i);
            boolean mostOfTheTextIsAbove = before >= TEXT_BEFORE_ENDING && total - before <= before;
            if (isGoodOpen(it) && !discussion && isTeaserPair(items, i)) {
                if (!mostOfTheTextIsAbove) teaserPairsAbove++;
                else if (teaserPairsAbove < LISTING_TEASER_PAIRS && nextTeaserPair(items, i)) return lastGoodBefore(items, first, i - 1);
            }
            if (isGoodOpen(it)) {
                if (it.c.tag() == null && cjkHeadlines >= CJK_HEADLINE_COLUMN && others >= 2 && before >= TEXT_BEFORE_ENDING
                        && !discussion) return lastGood;
                if (!bandFurniture.isEmpty() && headlines > 0 && !discussion && (mostOfTheTextIsAbove
                        || before >= TEXT_BEFORE_ENDING && nextArticlesHeader(items, first, i))
                        && !bandFurniture.stream().allMatch(f -> furnitureInText.getOrDefault(f, 0) >= FURNITURE_OF_THE_TEXT)
                        && !bandFollowsLeadIn) return lastGood;
                for (String f : bandFurniture) furnitureInText.merge(f, 1, Integer::sum);
                bandFurniture.clear();
                if (it.c.tag() == null && i - lastGood > LONGEST_GAP_IN_A_DUMP && mostOfTheTextIsAbove && (total - before) * 3 <= before
                        && !holdsCode(items, lastGood + 1, i)) return lastGood;
                headlines = cjkHeadlines = others = 0;
            } else if (it.fate == Fate.REMOVED && FURNITURE_BELOW_TEXT.contains(it.reason)) {
                if (bandFurniture.isEmpty()) bandFollowsLeadIn = isLeadIn(kept);
                bandFurniture.add(SiteProfile.folded(it.text));
            } else if (it.fate == Fate.OPEN && readsLikeHeadline(it)) {
                headlines++;
                if (readsLikeCjkHeadline(it)) cjkHeadlines++;
            } else {
                others++;
            }
            boolean ends = it.ending == BoilerplateRules.Ending.FIRM && before >= TEXT_BEFORE_ENDING
                    || it.ending == BoilerplateRules.Ending.WEAK && mostOfTheTextIsAbove && !isLeadIn(kept);
            // on a discussion the comments are the text
            boolean thread = discussion && "comment-form".equals(it.reason);
            if (ends && !thread && !repeatedRules.contains(it.rule)) return lastGood;
            if (isGoodOpen(it)) { before += it.weight; lastGood = i; }
            if (it.fate != Fate.REMOVED) kept = it;
        }
        return last;
    }

    /** A lead cut short by the site: "...", "…", WordPress's "[…]", "... Read more" at its end. */
    private static final java.util.regex.Pattern CUT_SHORT = java.util.regex.Pattern.compile(
            "(\\.\\.\\.|…)$|\\[(\\.\\.\\.|…)\\]$|(\\.\\.\\.|…)\\s*(read more|continue reading|more|mehr|weiterlesen|lire la suite|leer más)\\s*[»›→]?$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Teaser pairs in a page's upper half that make it a listing, whose teasers are its text. */
    private static final int LISTING_TEASER_PAIRS = 2;

    /** How far below a teaser pair the next one stands in a column of them: lines, or blocks. */
    private static final int TEASER_COLUMN_REACH = 8;

    /** The cut is at a lead's end: its last characters are searched, not the whole of a long paragraph. */
    private static final int CUT_SHORT_TAIL = 40;

    /**
     * Whether a good block is another story's teaser: a lead the site cut short ("...", "…") right
     * under a block that reads like a headline. In the dev dumps 431 such pairs stand outside
     * their labels and 69 inside (listings, whose teasers are their text); in the multilingual news
     * dumps 47 and 1. Two of them within a few lines, once most of the text is above, are a "more
     * stories" column, and the article ends above the first headline; not on a page with two pairs
     * or more in its upper half (a listing) nor on a discussion. Measured: extraction-dev text
     * 0.80695 -> 0.80768 (19 pages better, 1 worse by 0.05), multilingual text 0.89289 ->
     * 0.89644 (a Japanese paper's column of teasers 0.53 -> 0.80, a Zulu one's 0.88 -> 1.00, none
     * worse). A single pair as the sign: 17 dev pages worse; with no listing test two listings lost
     * 0.14 and 0.17. In HTML too (a "more stories" box below the article's container: inside it, the
     * container's blocks run on): extraction-dev HTML 0.86664 -> 0.86687 (6 pages better, none worse).
     */
    private static boolean isTeaserPair(List<Item> items, int i) {
        if (i < 1) return false;
        String text = items.get(i).text;
        java.util.regex.Matcher cut = CUT_SHORT.matcher(text).region(Math.max(0, text.length() - CUT_SHORT_TAIL), text.length());
        if (!cut.find()) return false;
        Item above = items.get(i - 1);
        return above.fate == Fate.OPEN && readsLikeHeadline(above);
    }

    private static boolean nextTeaserPair(List<Item> items, int i) {
        for (int k = i + 2; k < items.size() && k <= i + TEASER_COLUMN_REACH; k++) if (isTeaserPair(items, k)) return true;
        return false;
    }

    private static int lastGoodBefore(List<Item> items, int first, int k) {
        for (int j = k - 1; j >= first; j--) if (isGoodOpen(items.get(j))) return j;
        return first;
    }

    /** A lead-in is a clause ("Here's what happens:"), not a label ("Article Categories:", "Tags:"). */
    private static final int LEAD_IN_WORDS = 4, LEAD_IN_CJK_WEIGHT = 12;

    /**
     * Whether a line announces what follows ("Here's what happens when you use it:"): an article
     * does not end on it, so a "related" box or a furniture band right under the nearest line no
     * rule removed (Substack's "Subscribe now" button) stands inside the text.
     * Measured: extraction-dev text 0.80250 -> 0.80260 (a newsletter's post 0.79 -> 0.93, none
     * worse); with labels of fewer than four words ("Article Categories:") a page's teasers came in.
     * HTML and the multilingual sets unchanged.
     */
    private static boolean isLeadIn(Item it) {
        if (it == null || !(it.text.endsWith(":") || it.text.endsWith("："))) return false;
        return TextMeasure.words(it.text) >= LEAD_IN_WORDS || TextMeasure.mostlyCjk(it.text, it.weight) && it.weight >= LEAD_IN_CJK_WEIGHT;
    }

    /**
     * How many CJK headlines ({@link #isCjkHeadline}) in a dump, between two good blocks and with
     * at least two other lines among them (a date, a label, a "■関連記事"), make a news column that
     * ends the article, once two hundred words of it are above. Japanese sites follow an article
     * with columns of other stories' headlines, then long prose (a directory of the publisher's
     * sites, a second story), so "most of the text is above" does not hold there. A blog written in
     * unstopped phrases has runs of them too, but nothing else among them: at one other line a
     * Chinese blog lost 0.63. Measured: multilingual text 0.8765 -> 0.8896 (Yomiuri 0.32 -> 0.94,
     * Nikkan Gendai 0.46 -> 0.94, Asahi 0.65 -> 0.97, none worse); extraction-dev (English)
     * unchanged. Three pages: the count and the guard rest on little evidence.
     */
    private static final int CJK_HEADLINE_COLUMN = 5;

    /**
     * The most lines without text a dump's article holds between two of its paragraphs, when most of
     * its text is above (three times what follows): a longer stretch is another part of the page, a
     * "latest news" column, a tag list, a footer with other stories' teasers after it. A stretch
     * holding code is a tutorial's listing, and the article's. Only in dumps, whose lines carry no
     * markup: in HTML the same cut cost 29 pages for 16 (a shop's or a forum's sections).
     * Measured: multilingual text 0.844 -> 0.851 (9 better, a Chinese blog in short phrases -0.04),
     * extraction-dev text 0.780 -> 0.780 (50 better, 24 worse; articles 23 better, 8 worse);
     * 8 lines: multilingual 0.865 but extraction-dev text 0.773 (articles' lists of pros and cons).
     */
    private static final int LONGEST_GAP_IN_A_DUMP = 12;

    /**
     * How far below a furniture band's first good block a dateline may stand to make the band the
     * end of an article and the block the next one's lead: news sites append their next story to
     * the page as the reader scrolls, and a dump prints it whole, often longer than the first, so
     * "most of the text is above" does not hold there. The dateline must be printed as the
     * article's own was (digits aside: "Publisert 06.01.2026 - 16:25"); any date line cut four dev
     * articles at their own header (-0.5 to -0.7). Measured: multilingual text 0.856 -> 0.861
     * (Dagbladet 0.43 -> 0.88), no page of the four sets worse.
     */
    private static final int NEXT_HEADER_LINES = 8;

    /** Whether a dateline shaped like one of the article's header stands within a few lines below {@code from}. */
    private static boolean nextArticlesHeader(List<Item> items, int first, int from) {
        Set<String> headerShapes = null; // the article's own datelines, shaped once and only when a dateline is met below
        for (int k = from + 1; k < items.size() && k <= from + NEXT_HEADER_LINES; k++) {
            if (!isDateLine(items.get(k))) continue;
            if (headerShapes == null) {
                headerShapes = new java.util.HashSet<>();
                for (int h = Math.max(0, first - TITLE_NEAR_TEXT); h <= first + TITLE_NEAR_TEXT && h < from; h++) {
                    if (isDateLine(items.get(h))) headerShapes.add(dateShape(items.get(h).text));
                }
            }
            if (headerShapes.contains(dateShape(items.get(k).text))) return true;
        }
        return false;
    }

    private static boolean isDateLine(Item it) {
        return "metadata:date".equals(it.rule);
    }

    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A dateline with its digits as zeros and its spaces single: "publisert 00.00.0000 - 00:00". */
    private static String dateShape(String line) {
        return SPACES.matcher(DIGIT.matcher(line).replaceAll("0")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a line in the range looks like program code: brackets, semicolons, assignments, tags. */
    private static boolean holdsCode(List<Item> items, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = items.get(k).text;
            for (int c = 0; c < t.length(); c++) if ("{}();=<>".indexOf(t.charAt(c)) >= 0) return true;
        }
        return false;
    }

    /**
     * The families of {@link BoilerplateRules} whose lines stand below an article or beside it:
     * not navigation or related-story labels ("Read more", "Most popular"), which listings and
     * shops print inside their text.
     */
    private static final Set<String> FURNITURE_BELOW_TEXT = Set.of("advert", "share", "comment-form", "subscribe", "paywall",
            "copyright", "contact", "cookie", "consent", "site-boilerplate", "review");

    /** A headline of some other story: four words or more (a CJK line of ten characters) without a sentence's end. */
    private static boolean readsLikeHeadline(Item it) {
        if (TextMeasure.endsLikeSentence(it.text)) return false;
        return looksLikeHeadline(it.text, it.weight) || readsLikeCjkHeadline(it);
    }

    private static boolean readsLikeCjkHeadline(Item it) {
        return it.weight >= 30 && isCjkHeadline(it.text, it.weight);
    }

    /** About a hundred CJK characters: longer lines are paragraphs, however they end. */
    private static final int CJK_HEADLINE_MAX = 300;

    /**
     * A CJK line with no sentence stop and at most two enumeration commas reads as a headline: a
     * Japanese or Chinese "latest news" column is made of them, and at three weighted characters
     * per character they pass for paragraphs by length alone. Such a line is text only between
     * text (the smoothing decides). Multilingual text dumps 0.824 -> 0.830 (8 CJK pages better: a
     * Japanese tabloid 0.26 -> 0.52; a Chinese blog written in spaced phrases -0.04); HTML unchanged.
     */
    private static boolean isCjkHeadline(String text, int w) {
        if (TextMeasure.endsLikeSentence(text) || text.indexOf('。') >= 0 || !TextMeasure.mostlyCjk(text, w)) return false;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '、' || text.charAt(i) == '，') commas++;
        return commas <= 2;
    }

    /** Whether the blocks are a dump's lines (they carry no tag), not an HTML page's elements. */
    private static boolean isDump(List<Item> items) {
        return items.isEmpty() || items.get(0).c.tag() == null;
    }

    private static boolean isGoodOpen(Item it) {
        return it.fate == Fate.OPEN && it.quality == Quality.GOOD;
    }

    /** HTML elements that hold text, not layout: a short one in the article's span is article text. */
    private static final Set<String> TEXT_ELEMENTS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "tr",
            "blockquote", "pre");
    /** Links are at most half the text of such an element kept in the span (more: a menu inside the article). */
    private static final double SPAN_LINK_DENSITY = 0.5;
    /** The most link text a block of the HTML scoring's container may have and still be vouched for. */
    private static final double VOUCHED_LINK_DENSITY = 0.75;

    private static boolean isTextElementInHtml(Item it) {
        return it.c.tag() != null && TEXT_ELEMENTS.contains(it.c.tag()) && it.c.linkDensity() <= SPAN_LINK_DENSITY;
    }

    private boolean captionLike(Item it) {
        if ("figcaption".equals(it.c.tag()) || "caption".equals(it.c.tag())) return true;
        if (!it.repeated && it.weight >= 400) return false;
        if (it.captionText == null) it.captionText = header.looksLikeCaption(it.text);
        return it.captionText;
    }

    private static boolean isSubtitle(Item it) {
        int w = it.weight;
        return w >= 12 && w <= 250 && !TextMeasure.endsLikeSentence(it.text) && it.c.linkDensity() < 0.2;
    }

    /**
     * A record's field whose record is gone is a copy after all: a "latest news" list whose linked
     * headlines were removed leaves each story's date ("1月13日") with no text on either side. Without
     * this, two Japanese dailies printed five such dates under their article (multilingual HTML
     * 0.95922 -> 0.95866).
     */
    private static void dropOrphanedFields(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fieldOf == null || !isText(it)) continue;
            if (!(i > 0 && isText(items.get(i - 1))) && !(i + 1 < items.size() && isText(items.get(i + 1)))) {
                it.remove("duplicate", "duplicate:repeat-of-" + it.fieldOf.c.position());
            }
        }
    }

    /** Whether the block ends up in the text, as a paragraph or a heading. */
    private static boolean isText(Item it) {
        return it.fate == Fate.BODY || it.fate == Fate.HEADING;
    }

    private static Extraction collect(List<Item> items, PageMeta meta) {
        List<Block> body = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        for (Item it : items) {
            switch (it.fate) {
                case BODY, HEADING -> body.add(new Block(it.text, it.fate == Fate.HEADING ? "heading" : kindOf(it.c), it.c.position()));
                case CAPTION -> {
                    captions.add(it.text);
                    removed.add(new RemovedBlock(it.text, "caption", "caption:moved-to-captions", it.c.position()));
                }
                case TITLE -> removed.add(new RemovedBlock(it.text, "title", "title:moved-to-metadata", it.c.position()));
                case SUBTITLE -> removed.add(new RemovedBlock(it.text, "subtitle", "subtitle:moved-to-metadata", it.c.position()));
                case REMOVED -> removed.add(new RemovedBlock(it.text, it.reason, it.rule, it.c.position()));
                default -> removed.add(new RemovedBlock(it.text, "low-content", "low-content:undecided", it.c.position()));
            }
        }
        return meta.toExtraction(body, captions, removed);
    }

    private static String kindOf(Candidate c) {
        if (c.tag() == null) return "body";
        return switch (c.tag()) {
            case "li", "dd", "dt" -> "list";
            case "blockquote" -> "quote";
            case "pre", "code" -> "code";
            case "tr", "td", "th", "table" -> "table";
            default -> c.isHeadingTag() ? "heading" : "body";
        };
    }

    private static Item nextOpen(List<Item> items, int i) {
        for (int k = i + 1; k < items.size(); k++) if (items.get(k).fate == Fate.OPEN) return items.get(k);
        return null;
    }
}
