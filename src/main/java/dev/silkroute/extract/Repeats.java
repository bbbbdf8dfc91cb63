package dev.silkroute.extract;

import static dev.silkroute.extract.BlockShape.looksLikeCodeLine;
import static dev.silkroute.extract.Item.GOOD;
import static dev.silkroute.extract.Item.SENTENCE_GOOD;
import static dev.silkroute.extract.Item.isText;

import dev.silkroute.extract.Item.Fate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Blocks printed more than once: later copies are duplicates, unless they are each record's field
 * of a list; a table of contents gives its headings back.
 */
final class Repeats {
    private Repeats() {}

    /**
     * Later copies of a block are duplicates (not a dump's code line: {@link BlockShape#looksLikeCodeLine}; not
     * a record's field: {@link #isRecordField}); the first copy is flagged so it can be read as a
     * caption or title.
     */
    static void markRepeats(List<Item> items) {
        Map<String, Item> seen = new HashMap<>();
        // the containers that hold a kept record field, by text: a second copy inside one of them is a copy
        Map<String, Set<Integer>> fieldContainers = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.weight < 8) continue;
            if (it.c.tag() == null && looksLikeCodeLine(it.text)) continue;
            String key = it.text.toLowerCase(Locale.ROOT);
            Item first = seen.putIfAbsent(key, it);
            if (first != null) {
                first.repeated = true;
                if (it.fate != Fate.OPEN) continue;
                if (isRecordField(it, first) && fieldContainers.computeIfAbsent(key, k -> new HashSet<>(
                        List.of(first.c.container()))).add(it.c.container())) {
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
    /** The rule a table of contents' entries are removed by (the article's own navigation, see ArticleSpan). */
    static final String TABLE_OF_CONTENTS = "navigation:table-of-contents";

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
    static void removeTablesOfContents(List<Item> items) {
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
            for (int e : entries) items.get(e).remove("navigation", TABLE_OF_CONTENTS);
            for (int h : headings) {
                Item heading = items.get(h);
                heading.fate = Fate.OPEN;
                heading.reason = null;
                heading.rule = null;
            }
            i = j;
        }
    }

    /** Long enough, or a sentence long enough, to be text whatever stands around it (as {@link BlockQuality#classify} judges). */
    private static boolean readsAsText(Item it) {
        return it.weight >= GOOD || it.weight >= SENTENCE_GOOD && TextMeasure.endsLikeSentence(it.text);
    }

    /** The first of a block's removed copies past {@code after}, or -1. */
    private static int nextRepeat(List<Integer> repeats, int after) {
        if (repeats != null) for (int k : repeats) if (k > after) return k;
        return -1;
    }

    /**
     * A record's field whose record is gone is a copy after all: a "latest news" list whose linked
     * headlines were removed leaves each story's date ("1月13日") with no text on either side. Without
     * this, two Japanese dailies printed five such dates under their article (multilingual HTML
     * 0.95922 -> 0.95866).
     */
    static void dropOrphanedFields(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fieldOf == null || !isText(it)) continue;
            if (!(i > 0 && isText(items.get(i - 1))) && !(i + 1 < items.size() && isText(items.get(i + 1)))) {
                it.remove("duplicate", "duplicate:repeat-of-" + it.fieldOf.c.position());
            }
        }
    }
}
