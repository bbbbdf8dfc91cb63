package dev.silkroute.extract;

import static dev.silkroute.extract.Item.SENTENCE_GOOD;
import static dev.silkroute.extract.Item.SPAN_LINK_DENSITY;
import static dev.silkroute.extract.Item.TEXT_ELEMENTS;
import static dev.silkroute.extract.Item.isGoodLine;
import static dev.silkroute.extract.Item.isHeadingLike;
import static dev.silkroute.extract.Item.isTextElementInHtml;

import dev.silkroute.extract.Item.Fate;
import dev.silkroute.extract.Item.Quality;
import java.util.List;
import java.util.Set;

/**
 * Where the article starts and ends among the blocks, and what the blocks around it are: header,
 * subtitle, captions, body, tail.
 */
final class ArticleSpan {
    private final HeaderLines header;
    private final TitleChoice titles;

    ArticleSpan(HeaderLines header, TitleChoice titles) {
        this.header = header;
        this.titles = titles;
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

    /** The index of the title block and of the main text's first block (-1: none). */
    record Layout(int title, int first, int last) {}

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
    Layout placeHeaderAndTail(List<Item> items, PageMeta meta, Item guessedTitle, boolean linkedBlocksAreText) {
        int first = -1, last = -1, title = -1;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fate == Fate.TITLE && title < 0) title = i;
            if (it.fate == Fate.OPEN && it.quality == Quality.GOOD && !it.captionLike(header)) {
                // a short heading-like block right under the title is a subtitle, not the start of the text
                boolean standfirst = first < 0 && title >= 0 && it.c.tag() == null && isSubtitle(it)
                        && it.weight < SENTENCE_GOOD * 2;
                if (first < 0 && !standfirst) first = i;
                if (first >= 0) last = i;
            }
        }
        if (first >= 0) last = ArticleEnd.endAtMarker(items, first, last, meta.discussion);
        if (first >= 0 && items.get(first).c.tag() == null) {
            Stretch heaviest = heaviestStretch(items, first, last);
            first = heaviest.first();
            last = heaviest.last();
        }
        if (first >= 0) last = throughTable(items, last);
        if (first >= 0) {
            // the text runs on through the HTML scoring's container: the last entries of a listing
            // are short teasers, not the page's tail (listings 0.424 -> 0.453 on extraction-dev)
            for (int i = last + 1; i < items.size(); i++) {
                Item it = items.get(i);
                if (it.fate == Fate.OPEN && it.c.inMain() && isTextElementInHtml(it)) last = i;
            }
        }

        title = titles.titleNearText(items, meta, guessedTitle, title, first, last);
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
            if (it.captionLike(header) && (first < 0 || i < first || i <= last)) {
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

    /** A stretch of blocks, by the index of its first and last. */
    record Stretch(int first, int last) {}

    /**
     * The site's furniture that parts a dump's article from the page's other good text: menus,
     * newsletter boxes, copyright and contact lines, related links, cookie notices, adverts, a
     * site's repeated blocks. Not the chrome of each post of a thread or of each review (share
     * buttons, poster stats, "Reply"), nor a widget's ("Improve this question", "Sorted by:"), which
     * stand between parts of the same text.
     */
    static final Set<String> SITE_FURNITURE = Set.of("navigation", "subscribe", "copyright", "contact",
            "cookie", "consent", "embed-consent", "related", "site-banner", SiteProfile.BOILERPLATE, "form",
            "advert", "sponsor", "paywall", "licence", "template");

    /**
     * What a line inside the span costs, in characters of good text: a line of the site's
     * furniture (a menu entry against a mega-menu's one-sentence description of 60-120
     * characters; 60 scored 0.8236 and 110-150 0.8240-0.8241 where 80 scored 0.8242, with a
     * share of 0.3), and any other open line that is not good text (so that of two stretches
     * about as heavy, the one with fewer middling lines wins: extraction-dev text +0.0003 and a
     * Japanese story +0.03 against no cost for them).
     */
    private static final int FURNITURE_COST = 80;
    private static final int MIDDLING_COST = 1;

    /** The most of the span's good text the part cut off at one end may hold. */
    private static final double LIGHT_END_SHARE = 1.0 / 3;

    /**
     * In a dump, the span from the first good line to the last often reaches past the article
     * into a mega-menu whose entries carry a sentence each, or a footer's blurbs, that read as
     * good text. The article is the heaviest stretch of the span: good text counts as it weighs,
     * each line of the site's furniture as a cost (the maximum-sum stretch, as Finn's Body Text
     * Extraction takes the densest part of a page), and a stretch starts and ends with good text.
     * An end beyond it is cut off only when it holds at most a third of the span's good text, so
     * that a short article under a heavier menu is not the part that goes. Measured:
     * extraction-dev text 0.82265 -> 0.82488 (77 pages better, a property guide 0.85 -> 0.97, a
     * catalogue 0.73 -> 0.97; 30 worse, a shop's category page -0.38 whose product grid lies past
     * its menu; every group better, articles 0.932 -> 0.934), multilingual text 0.90200 -> 0.90580
     * (5 pages better, Japanese stories up to +0.16; none worse), titles 58 -> 61 of 105; snippets
     * F1 0.883 -> 0.881 (fewer found and fewer unwanted). Without the share limit: 0.822 (menus kept
     * instead of a short article; collections' grids lost to their blurbs); limits of 0.25-0.5
     * scored 0.8243-0.8250; with the chrome of widgets ("Improve this question", "Sorted by:")
     * counted as furniture, a Q&A lost its question: 0.82467; in HTML, whose clean-up has taken
     * most furniture out already: 0.87687 -> 0.87560, so only dumps are cut.
     */
    Stretch heaviestStretch(List<Item> items, int first, int last) {
        long[] score = new long[last - first + 1];
        long total = 0;
        for (int i = first; i <= last; i++) {
            score[i - first] = weighInSpan(items.get(i));
            total += Math.max(0, score[i - first]);
        }
        long best = Long.MIN_VALUE, run = 0;
        int runStart = 0, bestFirst = 0, bestLast = score.length - 1;
        for (int k = 0; k < score.length; k++) {
            if (run > 0) {
                run += score[k];
            } else if (score[k] > 0) { // a stretch starts with good text
                run = score[k];
                runStart = k;
            } else {
                continue;
            }
            if (run > best) {
                best = run;
                bestFirst = runStart;
                bestLast = k;
            }
        }
        long before = 0, after = 0;
        for (int k = 0; k < bestFirst; k++) before += Math.max(0, score[k]);
        for (int k = bestLast + 1; k < score.length; k++) after += Math.max(0, score[k]);
        return new Stretch(first + (before <= LIGHT_END_SHARE * total ? bestFirst : 0),
                first + (after <= LIGHT_END_SHARE * total ? bestLast : score.length - 1));
    }

    private long weighInSpan(Item it) {
        if (it.fate == Fate.OPEN) return it.quality == Quality.GOOD && !it.captionLike(header) ? it.weight : -MIDDLING_COST;
        // the article's own table of contents is navigation too, but the page's, between its lead and its text
        boolean furniture = it.fate == Fate.REMOVED && SITE_FURNITURE.contains(it.reason) && !Repeats.TABLE_OF_CONTENTS.equals(it.rule);
        return furniture ? -FURNITURE_COST : 0;
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
     * their own test ({@link Item#isTextElementInHtml}).
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

    private static boolean isSubtitle(Item it) {
        int w = it.weight;
        return w >= 12 && w <= 250 && !TextMeasure.endsLikeSentence(it.text) && it.c.linkDensity() < 0.2;
    }
}
