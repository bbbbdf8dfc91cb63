package dev.silkroute.extract;

import static dev.silkroute.extract.BlockShape.CJK_HEADLINE_MAX;
import static dev.silkroute.extract.BlockShape.isCjkHeadline;
import static dev.silkroute.extract.BlockShape.isFlattenedMenu;
import static dev.silkroute.extract.BlockShape.isGluedMenu;
import static dev.silkroute.extract.BlockShape.looksLikeEntryName;
import static dev.silkroute.extract.BlockShape.looksLikeHeadline;
import static dev.silkroute.extract.Item.GOOD;
import static dev.silkroute.extract.Item.SENTENCE_GOOD;
import static dev.silkroute.extract.Item.SHORT;
import static dev.silkroute.extract.Item.VOUCHED_LINK_DENSITY;
import static dev.silkroute.extract.Item.isGoodOpen;
import static dev.silkroute.extract.Item.isHeadingLike;

import dev.silkroute.extract.Item.Fate;
import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How good each open block is as text by its own shape (jusText's classes), then by its
 * neighbours' (the context pass), with the fallbacks of a page that has too little good text.
 */
final class BlockQuality {
    private BlockQuality() {}

    static void classify(List<Item> items, boolean undeclared) {
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

    /**
     * The most middling lines of a dump between two decided ones across which a short line still
     * looks: a longer stretch is another part of the page (a lab's list of its staff under an
     * article, a directory), not a list of the text's. Measured against no bound: extraction-dev
     * text 0.82173 -> 0.82250 (6 pages better, that article 0.29 -> 0.98; 3 worse, a listing
     * -0.15); 100 lines: 0.82216; 60: 0.82158. Multilingual text unchanged.
     */
    private static final int LONGEST_MIDDLING_STRETCH = 200;

    /**
     * jusText's context pass: middling blocks between good ones are text, lone ones in furniture are not.
     * <p>
     * A middling block takes the class of the nearest good or bad block on either side, looking
     * past short and near-good ones as jusText does, in HTML: a run of middling paragraphs (a
     * list's items of one sentence each, a product's feature lines) under a good one is text there,
     * and the link lists the clean-up left are bad blocks that stop the look. Measured for
     * near-good blocks: extraction-dev HTML 0.87621 -> 0.87642 (10 pages better, a shop's product
     * page 0.61 -> 0.72; 5 worse by 0.02-0.06), multilingual HTML 0.95921 -> 0.95956 (a Hindi story
     * 0.91 -> 0.96); then for short ones too (a course's outline of chapter titles between its
     * description and its lab notes): 0.87642 -> 0.87683 (9 better, up to +0.13; 2 of one shop
     * worse by 0.02 and 0.06), multilingual 0.95956 -> 0.95951 (five pages within 0.004).
     * <p>
     * A dump has almost no bad lines to stop that look: a site's mega-menu of descriptions became
     * text as far as the next good line, and a column of other stories' headlines as far as the
     * next paragraph (extraction-dev text 0.81351 -> 0.81327, 146 pages worse; bounded to a few
     * lines, 0.81349 to 0.81422 with no trend, and multilingual text down by as much as 0.008).
     * There only a near-good line that ends as a sentence looks past (a checklist's one-sentence
     * steps, an answer's lines around its code), and a line a rule removed, not as a repeat,
     * stops the look as a bad line would: extraction-dev text 0.81400 -> 0.81546 (51 pages better,
     * a wiki's page of links 0.20 -> 0.76, a wedding checklist 0.59 -> 0.75, a Q&A's question 0.32
     * -> 0.45; 22 worse, a cloud vendor's page 0.95 -> 0.48 whose mega-menu holds long
     * descriptions of its own), multilingual text 0.89806 -> 0.89920 (a Thai story +0.09, none
     * worse). Then a short line looks past too, as in jusText (text between two good lines, past
     * middling ones, with no furniture line between): 0.81546 -> 0.82173 (232 pages better, 101
     * worse; articles 0.926 -> 0.931, every group better; an article whose page lists a lab's
     * staff under it 0.98 -> 0.29), multilingual text 0.89920 -> 0.90200 (10 better, 5 worse).
     * A near-good line that is no sentence (a headline) still looks only at its nearest line that
     * is not short: looking past, it took columns of other stories' headlines (multilingual text
     * -0.028).
     */
    static void smooth(List<Item> items) {
        List<Item> open = new ArrayList<>();
        for (Item it : items) if (it.fate == Fate.OPEN) open.add(it);
        Quality[] q = new Quality[open.size()];
        for (int i = 0; i < q.length; i++) q[i] = open.get(i).quality;
        Quality[] out = q.clone();
        // the nearest blocks on each side, found in one pass each way (a page of a million tiny
        // elements must not cost a million squared): the nearest that is not short; the nearest
        // good or bad one, past near-good blocks too, unless a dump's furniture line stands between
        // (then none); and the decided blocks that bound each stretch of middling ones
        boolean[] furniture = furnitureBefore(items, q.length);
        int[] nearBefore = nearest(q, NOT_SHORT, null, false), nearAfter = nearest(q, NOT_SHORT, null, true);
        int[] lookBefore = nearest(q, DECIDED, furniture, false), lookAfter = nearest(q, DECIDED, furniture, true);
        int[] stretchStart = nearest(q, DECIDED, null, false), stretchEnd = nearest(q, DECIDED, null, true);
        for (int i = 0; i < q.length; i++) {
            if (q[i] != Quality.NEAR && q[i] != Quality.SHORT) continue;
            Item it = open.get(i);
            // in a dump a near-good line that is no sentence (a headline) looks only at its nearest neighbour:
            // looking past, a column of other stories' headlines ran on to the next paragraph
            boolean lookPast = it.c.tag() != null || TextMeasure.endsLikeSentence(it.text)
                    || q[i] == Quality.SHORT && stretchEnd[i] - stretchStart[i] <= LONGEST_MIDDLING_STRETCH;
            Quality prev = qualityAt(q, lookPast ? lookBefore[i] : nearBefore[i]);
            Quality next = qualityAt(q, lookPast ? lookAfter[i] : nearAfter[i]);
            if (q[i] == Quality.NEAR) {
                out[i] = prev == Quality.GOOD || next == Quality.GOOD ? Quality.GOOD : Quality.BAD;
            } else if (prev == Quality.GOOD && next == Quality.GOOD) {
                out[i] = Quality.GOOD;
            } else if (next == Quality.GOOD && isHeadingLike(it) && nextIs(q, i, Quality.GOOD)) {
                out[i] = Quality.GOOD; // a subheading introduces the paragraph after it
            } else {
                out[i] = Quality.BAD;
            }
        }
        for (int i = 0; i < q.length; i++) open.get(i).quality = out[i];
    }

    private static final Set<Quality> NOT_SHORT = EnumSet.of(Quality.NEAR, Quality.GOOD, Quality.BAD);
    private static final Set<Quality> DECIDED = EnumSet.of(Quality.GOOD, Quality.BAD);

    /**
     * For each open block, the index of the nearest open block before it (or after it) whose
     * quality is {@code counted}: -1 (or the count of blocks) when there is none, or when a
     * furniture line stands between ({@code furnitureBefore}, may be null).
     */
    private static int[] nearest(Quality[] q, Set<Quality> counted, boolean[] furnitureBefore, boolean after) {
        int n = q.length, none = after ? n : -1, seen = none;
        int[] at = new int[n];
        for (int step = 0; step < n; step++) {
            int i = after ? n - 1 - step : step;
            if (furnitureBefore != null && (after ? i + 1 < n && furnitureBefore[i + 1] : furnitureBefore[i])) seen = none;
            at[i] = seen;
            if (counted.contains(q[i])) seen = i;
        }
        return at;
    }

    /** The quality of the block at {@code i}; a page's edge, or a furniture line, is bad. */
    private static Quality qualityAt(Quality[] q, int i) {
        return i >= 0 && i < q.length ? q[i] : Quality.BAD;
    }

    /**
     * For each open block, whether a line that stops the smoothing's look ({@link #stopsTheLook})
     * stands between it and the open block before it.
     */
    private static boolean[] furnitureBefore(List<Item> items, int openBlocks) {
        boolean[] before = new boolean[openBlocks];
        boolean pending = false;
        int k = 0;
        for (Item it : items) {
            if (it.fate == Fate.OPEN) {
                before[k++] = pending;
                pending = false;
            } else if (stopsTheLook(it)) {
                pending = true;
            }
        }
        return before;
    }

    private static boolean stopsTheLook(Item it) {
        return it.fate == Fate.REMOVED && it.c.tag() == null && !"duplicate".equals(it.reason);
    }

    private static boolean nextIs(Quality[] q, int i, Quality want) {
        return i + 1 < q.length && q[i + 1] == want;
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
    static void fallBackWhenNothingIsGood(List<Item> items) {
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
}
