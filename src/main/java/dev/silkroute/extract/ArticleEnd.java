package dev.silkroute.extract;

import static dev.silkroute.extract.BlockShape.isCjkHeadline;
import static dev.silkroute.extract.BlockShape.looksLikeHeadline;
import static dev.silkroute.extract.Item.isDateLine;
import static dev.silkroute.extract.Item.isGoodOpen;

import dev.silkroute.extract.Item.Fate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the article's text ends before its last good block: a line that says so, a band of
 * furniture, a column of other stories' teasers.
 */
final class ArticleEnd {
    private ArticleEnd() {}

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
    static int endAtMarker(List<Item> items, int first, int last, boolean discussion) {
        Set<String> seenOnce = new HashSet<>();
        Set<String> repeatedRules = new HashSet<>();
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
        Set<String> bandFurniture = new HashSet<>(); // the furniture lines, folded
        boolean bandFollowsLeadIn = false; // see isLeadIn
        Item kept = null; // the nearest block above that no rule removed (kept as the walk goes: a hostile page's long run
                          // of removed lines would be walked back over for each of them)
        Map<String, Integer> furnitureInText = new HashMap<>();
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
    private static final Pattern CUT_SHORT = Pattern.compile(
            "(\\.\\.\\.|…)$|\\[(\\.\\.\\.|…)\\]$|(\\.\\.\\.|…)\\s*(read more|continue reading|more|mehr|weiterlesen|lire la suite|leer más)\\s*[»›→]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        Matcher cut = CUT_SHORT.matcher(text).region(Math.max(0, text.length() - CUT_SHORT_TAIL), text.length());
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
     * How many CJK headlines ({@link BlockShape#isCjkHeadline}) in a dump, between two good blocks and with
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
                headerShapes = new HashSet<>();
                for (int h = Math.max(0, first - TitleChoice.TITLE_NEAR_TEXT); h <= first + TitleChoice.TITLE_NEAR_TEXT && h < from; h++) {
                    if (isDateLine(items.get(h))) headerShapes.add(dateShape(items.get(h).text));
                }
            }
            if (headerShapes.contains(dateShape(items.get(k).text))) return true;
        }
        return false;
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
            "copyright", "contact", "cookie", "consent", SiteProfile.BOILERPLATE, "review");

    /** A headline of some other story: four words or more (a CJK line of ten characters) without a sentence's end. */
    private static boolean readsLikeHeadline(Item it) {
        if (TextMeasure.endsLikeSentence(it.text)) return false;
        return looksLikeHeadline(it.text, it.weight) || readsLikeCjkHeadline(it);
    }

    private static boolean readsLikeCjkHeadline(Item it) {
        return it.weight >= 30 && isCjkHeadline(it.text, it.weight);
    }
}
