package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds grids of cards among a page's blocks (a dump's lines, an HTML page's block elements): a
 * shop's products, a catalogue's entries, a ranking. Each card is a few short blocks, and one of
 * them recurs in every card with the same shape: a price ("$24.50", "from 28,33 €") or a labelled
 * field ("Manufacturer: BenQ", "Difficulty: Easy"). No block of a card reads as text, so without
 * the grid's rhythm the cards look like a menu's entries.
 * <p>
 * A grid is a run of at least {@link #CARDS_MIN} lines of one field, most of them the same number
 * of lines apart (the card's height), at least two (fields one under another are one card's spec
 * sheet, not a grid).
 * <p>
 * In a dump, a date alone on its line is a field too (a conference list's "Mar 16-20 26" under
 * each event's name and place), unless a card holds a paragraph: a box of related stories, each
 * with its date and lead, under a short article outweighs it. HTML pages are left out: their
 * entries are links, which the listing steps already read. Measured on extraction-dev text:
 * 0.81302 -> 0.81339 (3 pages better: a conference list 0.38 -> 0.79, a blog platform's feed 0.30 -> 0.47;
 * a forum's thread list -0.07); with the leads' cards, a news site's related stories became a
 * short article's text (-0.49). In HTML too: 0.87585 -> 0.87550 (5 pages worse). Multilingual
 * unchanged.
 */
final class CardGrid {
    private CardGrid() {}

    /** The lines of a grid, first and last inclusive. */
    record Region(int first, int last) {}

    static final int CARDS_MIN = 4;
    /** Cards taller than this are not a grid's: the field recurs in sections of a long text. */
    private static final int CARD_HEIGHT_MAX = 12;
    /** The share of the gaps between fields that must be the card's height, give or take a line. */
    private static final double REGULAR_SHARE = 0.75;
    /** A price line holds little besides the price: a sentence that names a price is no card's. */
    private static final int PRICE_LINE_WORDS = 8, PRICE_LINE_LENGTH = 100;
    private static final int LABEL_WORDS = 3, LABEL_LENGTH = 25;

    private static final Pattern PRICE = Pattern.compile(
            "(?:[$€£¥₹₩₽]|\\bUS\\$|\\b(?:USD|EUR|GBP|CHF|Rs\\.?))\\s?\\d"
            + "|\\d(?:[\\d.,\\u00a0 ]*\\d)?\\s?(?:[€£¥₹₽元円]|(?:zł|kr|Kč|руб|USD|EUR|GBP|CHF)(?!\\p{L}))");
    /** A month's name in English or in a language of {@link MonthNames}. */
    private static final String MONTH = "(?:" + DateParser.EN_MONTH_NAMES + "|" + MonthNames.ALTERNATION + ")\\.?";
    /** A line that is a date and nothing else: "Mar 14 26", "Mar 16-20, 2026", "14 mars 2026", "03/14/2026", "2026-03-14". */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
            + "(?:" + MONTH + "\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?|\\d{1,2}\\.?(?:\\s*[-–]\\s*\\d{1,2}\\.?)?\\s+" + MONTH + ")"
            + "(?:,?\\s+'?\\d{2,4})?$|^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}$|^\\d{4}-\\d{2}-\\d{2}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int DATE_LINE_LENGTH = 40;
    /** The field a date alone on its line makes. */
    private static final String DATE = "date";
    /** A line this long that ends as a sentence is a lead, which no card of a dated grid has (see {@link #find}). */
    private static final int LEAD_LENGTH = 120;

    /** "Manufacturer: BenQ": a label and, after a space, its value ("Kanal:Max" is a schedule's, "Rating:3" a comment's). */
    private static final Pattern LABEL = Pattern.compile("^(\\p{L}[\\p{L}\\p{M}'’ /&-]{0,30}?)\\s?(?::\\s+|：\\s*)\\S");

    /** The grids among the lines, in the order of the page; {@code withDates}: a date alone on its line may be the field. */
    static List<Region> find(List<String> lines, boolean withDates) {
        Map<String, List<Integer>> byField = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String f = fieldOf(lines.get(i), withDates);
            if (f != null) byField.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
        }
        List<Region> runs = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byField.entrySet()) {
            List<Integer> at = e.getValue();
            if (at.size() < CARDS_MIN) continue;
            int start = 0;
            for (int k = 1; k <= at.size(); k++) {
                if (k == at.size() || at.get(k) - at.get(k - 1) > CARD_HEIGHT_MAX) {
                    Region r = grid(at.subList(start, k));
                    if (r != null && e.getKey().equals(DATE) && holdsProse(lines, r)) r = null;
                    if (r != null) runs.add(r);
                    start = k;
                }
            }
        }
        return merged(runs);
    }

    /**
     * What recurs in each card, or null: "price" for a line of little more than a price, the label
     * in lower case for a labelled field.
     */
    static String fieldOf(String line, boolean withDates) {
        String s = line; // blocks come tidied: no spaces at either end
        // the length first: a price line is short, and the pattern backtracks over long runs of digits
        if (s.length() <= PRICE_LINE_LENGTH && hasDigit(s) && TextMeasure.words(s) <= PRICE_LINE_WORDS && PRICE.matcher(s).find()) return "price";
        if (withDates && s.length() <= DATE_LINE_LENGTH && hasDigit(s) && DATE_LINE.matcher(s).matches()) return DATE;
        if (!hasColonNearStart(s)) return null; // most blocks: the pattern spared
        var m = LABEL.matcher(s);
        if (!m.find()) return null;
        String label = m.group(1).strip();
        if (label.length() > LABEL_LENGTH || TextMeasure.words(label) > LABEL_WORDS) return null;
        String key = label.toLowerCase(Locale.ROOT);
        return key.equals("http") || key.equals("https") ? null : key + ":";
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static boolean hasColonNearStart(String s) {
        int end = Math.min(s.length(), LABEL_LENGTH + 8);
        for (int i = 0; i < end; i++) if (s.charAt(i) == ':' || s.charAt(i) == '：') return true;
        return false;
    }

    /** Whether a line of the region is a paragraph: a story's lead, which a card of names and places has not. */
    private static boolean holdsProse(List<String> lines, Region r) {
        for (int i = r.first(); i <= r.last(); i++) {
            String l = lines.get(i);
            if (l.length() >= LEAD_LENGTH && TextMeasure.endsLikeSentence(l)) return true;
        }
        return false;
    }

    /** The grid a run of one field's lines makes, or null when they are too few or too irregular. */
    private static Region grid(List<Integer> at) {
        if (at.size() < CARDS_MIN) return null;
        int[] gaps = new int[at.size() - 1];
        for (int k = 1; k < at.size(); k++) gaps[k - 1] = at.get(k) - at.get(k - 1);
        int[] sorted = gaps.clone();
        Arrays.sort(sorted);
        int height = sorted[sorted.length / 2];
        if (height < 2) return null;
        int regular = 0;
        for (int g : gaps) if (Math.abs(g - height) <= 1) regular++;
        if (regular < gaps.length * REGULAR_SHARE) return null;
        // the field is most often a card's last line (a price under the name): the first card's other lines stand above it
        return new Region(Math.max(0, at.get(0) - (height - 1)), at.get(at.size() - 1));
    }

    /** Runs of different fields of the same cards overlap: one grid. */
    private static List<Region> merged(List<Region> runs) {
        runs.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Region> out = new ArrayList<>();
        for (Region r : runs) {
            Region last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.first() <= last.last()) {
                out.set(out.size() - 1, new Region(last.first(), Math.max(last.last(), r.last())));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
