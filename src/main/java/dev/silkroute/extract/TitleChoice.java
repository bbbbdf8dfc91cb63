package dev.silkroute.extract;

import static dev.silkroute.extract.Item.GOOD;
import static dev.silkroute.extract.Item.isDateLine;
import static dev.silkroute.extract.Item.isGoodLine;
import static dev.silkroute.extract.Item.nextOpen;

import dev.silkroute.extract.Item.Fate;
import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which block is the article's title: the page's declared title where it has one, else the
 * heading-like block with the most evidence.
 */
final class TitleChoice {
    private final HeaderLines header;

    TitleChoice(HeaderLines header) {
        this.header = header;
    }

    private static final int TITLE_SEARCH = 12;
    /** How many blocks above the main text its title may stand (bylines, dates, a photo and its caption between). */
    static final int TITLE_NEAR_TEXT = 12;
    /** "Foto: ...", "Stand: 28. April, 05:00": a labelled line or one with a clock time is not a title. */
    private static final Pattern LABEL_OR_CLOCK = Pattern.compile("^\\p{L}{2,15}\\s?[:：]\\s|\\b\\d{1,2}[:：]\\d{2}\\b");

    /** Marks the title block; returns it when it was guessed from the blocks' shape (no declared title), else null. */
    Item chooseTitle(List<Item> items, PageMeta meta) {
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
    int titleNearText(List<Item> items, PageMeta meta, Item guessed, int title, int first, int last) {
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
            if ((it.fate != Fate.OPEN && i != title && !repeat) || it.captionLike(header) || !looksLikeTitle(it)) continue;
            int w = it.weight;
            // a title is long for a heading, is printed again elsewhere on the page (the window title, a
            // breadcrumb, a share box), and stands close above the text
            if (lowerTexts == null) lowerTexts = items.stream().map(x -> x.text.toLowerCase(Locale.ROOT)).toList();
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
        int best = DumpTitle.best(lines, first, last, i -> items.get(i).captionLike(header));
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
}
