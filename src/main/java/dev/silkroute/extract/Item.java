package dev.silkroute.extract;

import java.util.List;
import java.util.Set;

/**
 * A block on its way through {@link ArticleAssembler}: its candidate, its tidied text, and what the
 * steps have decided of it so far. Each step decides only blocks still {@link Fate#OPEN}.
 */
final class Item {
    /** Weighted lengths ({@link TextMeasure#weightedLength}) of a short block, a good one, and a good sentence. */
    static final int SHORT = 40;
    static final int GOOD = 120;
    static final int SENTENCE_GOOD = 60;

    /** How good a block is as text, by its shape and then by its neighbours' (see {@link BlockQuality}). */
    enum Quality { BAD, SHORT, NEAR, GOOD }

    /** What the block becomes; OPEN until a step decides. */
    enum Fate { OPEN, BODY, HEADING, TITLE, SUBTITLE, CAPTION, REMOVED }

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
    /** ...taken for one as a short name (see {@link BlockShape#looksLikeEntryName}). */
    boolean entryName;
    /** The positions of this block's copies that {@link Repeats#markRepeats} removed, in order; null when none. */
    List<Integer> removedCopies;
    /** A row of a table (see {@link ArticleAssembler}). */
    boolean tableRow;
    /** The first copy of this block, when this one was kept as a record's field (see {@link Repeats#isRecordField}). */
    Item fieldOf;
    /** Whether the text reads like a caption: asked several times per item, computed once. */
    private Boolean captionText;

    Item(Candidate c, String text) {
        this.c = c;
        this.text = text;
        this.weight = TextMeasure.weightedLength(text);
    }

    void remove(String reason, String rule) {
        fate = Fate.REMOVED;
        this.reason = reason;
        this.rule = rule;
    }

    /** Whether the block reads like a caption (a caption element, or a credit line): asked several times, read once. */
    boolean captionLike(HeaderLines header) {
        if ("figcaption".equals(c.tag()) || "caption".equals(c.tag())) return true;
        if (!repeated && weight >= 400) return false;
        if (captionText == null) captionText = header.looksLikeCaption(text);
        return captionText;
    }

    /** A block that reads as a heading; a code listing never does, though it ends in no full stop. */
    static boolean isHeadingLike(Item it) {
        return it.c.isHeadingTag() || (!TextMeasure.endsLikeSentence(it.text) && it.weight >= 8 && !it.c.isCodeListing());
    }

    static boolean isGoodLine(Item it) {
        return (it.fate == Fate.OPEN || it.fate == Fate.BODY || it.fate == Fate.HEADING) && it.quality == Quality.GOOD;
    }

    static boolean isDateLine(Item it) {
        return "metadata:date".equals(it.rule);
    }

    /** Whether the blocks are a dump's lines (they carry no tag), not an HTML page's elements. */
    static boolean isDump(List<Item> items) {
        return items.isEmpty() || items.get(0).c.tag() == null;
    }

    static boolean isGoodOpen(Item it) {
        return it.fate == Fate.OPEN && it.quality == Quality.GOOD;
    }

    /** HTML elements that hold text, not layout: a short one in the article's span is article text. */
    static final Set<String> TEXT_ELEMENTS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "tr",
            "blockquote", "pre");
    /** Links are at most half the text of such an element kept in the span (more: a menu inside the article). */
    static final double SPAN_LINK_DENSITY = 0.5;
    /** The most link text a block of the HTML scoring's container may have and still be vouched for. */
    static final double VOUCHED_LINK_DENSITY = 0.75;

    static boolean isTextElementInHtml(Item it) {
        return it.c.tag() != null && TEXT_ELEMENTS.contains(it.c.tag()) && it.c.linkDensity() <= SPAN_LINK_DENSITY;
    }

    /** Whether the block ends up in the text, as a paragraph or a heading. */
    static boolean isText(Item it) {
        return it.fate == Fate.BODY || it.fate == Fate.HEADING;
    }

    static Item nextOpen(List<Item> items, int i) {
        for (int k = i + 1; k < items.size(); k++) if (items.get(k).fate == Fate.OPEN) return items.get(k);
        return null;
    }
}
