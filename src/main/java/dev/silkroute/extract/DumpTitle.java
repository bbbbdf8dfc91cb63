package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the title among a text dump's lines, where no markup says which line is the heading: the
 * headline-shaped line with the most evidence of heading the article. Each piece of evidence is a
 * number (see {@link #WEIGHTS}), and the line whose weighted sum is highest wins, if it is high
 * enough.
 * <p>
 * The weights are a logistic regression fitted on development dumps with a known title line: the
 * 926 pages of extraction-dev whose HTML title (read from the markup) is a line of their dump, and
 * the 84 multilingual news pages whose labelled title is one. Fitted on the English pages alone,
 * the same evidence found 67 of the 105 multilingual titles (the hand-set scoring it replaced: 59),
 * so the weights carry over to languages they were not fitted on. Measured with all of them:
 * extraction-dev 286 -> 531 of 960 titles, multilingual 59 -> 67 of 105 (the eval's own matching:
 * 46 -> 59).
 */
final class DumpTitle {
    private DumpTitle() {}

    /**
     * A dump line as the title search sees it.
     * @param candidate whether it may be the title: not put aside as furniture (a copy of the title is)
     */
    record Line(String text, int weight, boolean good, boolean candidate, boolean dateLine) {}

    /** Lines longer than this are paragraphs, shorter ones labels (CJK characters weigh three). */
    private static final int MIN_WEIGHT = 8, MAX_WEIGHT = 400;

    /** How many of the text's first good lines stand for what the article is about. */
    private static final int LEAD_LINES = 6;

    /**
     * @param first     the index of the article's first good line
     * @param last      the index of its last
     * @param isCaption whether a line reads like a caption (asked only of the few lines in the running)
     * @return the index of the title line, or -1 when no line is a candidate or none scores enough
     */
    static int best(List<Line> lines, int first, int last, IntPredicate isCaption) {
        Evidence e = new Evidence(lines, first, last);
        // two pieces of evidence are costly (a search of the whole page, the caption patterns); the
        // first can raise a score by W_ELSEWHERE at most and the second only lowers it, so lines are
        // ranked without them and finished in that order while such a rise could still win
        List<double[]> running = new ArrayList<>();
        for (int i = 0; i < lines.size() && i <= last + 3; i++) { // a line far below the text heads nothing of it
            if (isCandidate(lines.get(i))) running.add(new double[] {e.cheapScore(i), i});
        }
        running.sort((a, b) -> Double.compare(b[0], a[0]));
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double[] r : running) {
            if (r[0] + W_ELSEWHERE <= bestScore) break;
            int i = (int) r[1];
            double score = r[0] + (e.printedElsewhere(i) ? W_ELSEWHERE : 0) + (isCaption.test(i) ? W_CAPTION : 0);
            if (score > bestScore) { best = i; bestScore = score; }
        }
        return bestScore > MIN_SCORE ? best : -1;
    }

    /** A line not yet put aside as furniture, of a heading's length, not ending as a sentence or a lead-in ("...as follows:"). */
    static boolean isCandidate(Line l) {
        if (!l.candidate() || l.dateLine() || l.weight() < MIN_WEIGHT || l.weight() > MAX_WEIGHT) return false;
        String t = l.text().strip();
        return !t.endsWith(".") && !t.endsWith("。") && !t.endsWith(":") && !t.endsWith("：");
    }

    /** The page-wide facts each line's evidence is measured against, found once per page. */
    private static final class Evidence {
        final List<Line> lines;
        final int first, last;
        final Set<String> leadTokens = new HashSet<>();
        final long[] goodWeightFrom; // good weight at or after each index
        final int[] nextGood;        // index of the first good line at or after each index, -1 for none
        List<String> lowerTexts; // made when first asked

        Evidence(List<Line> lines, int first, int last) {
            this.lines = lines;
            this.first = first;
            this.last = last;
            int n = lines.size();
            goodWeightFrom = new long[n + 1];
            nextGood = new int[n + 1];
            nextGood[n] = -1;
            for (int i = n - 1; i >= 0; i--) {
                boolean good = inText(i);
                goodWeightFrom[i] = goodWeightFrom[i + 1] + (good ? lines.get(i).weight() : 0);
                nextGood[i] = good ? i : nextGood[i + 1];
            }
            int taken = 0;
            for (int i = Math.max(first, 0); i <= last && i < n && taken < LEAD_LINES; i++) {
                if (inText(i)) { leadTokens.addAll(tokens(lines.get(i).text())); taken++; }
            }
        }

        /** A good line of the text's span. */
        boolean inText(int i) {
            return i >= first && i <= last && lines.get(i).good();
        }

        /** A good line at or below the text's start, wherever the text ends (as the weights were fitted). */
        boolean goodFromStart(int i) {
            return i >= first && lines.get(i).good();
        }

        /** The score without the costly evidence ({@link #W_ELSEWHERE}, {@link #W_CAPTION}). */
        double cheapScore(int i) {
            Line l = lines.get(i);
            double lnw = Math.log(l.weight());
            Set<String> own = tokens(l.text());
            int shared = 0;
            for (String t : own) if (leadTokens.contains(t)) shared++;
            double lead = own.isEmpty() ? 0 : (double) shared / own.size();
            double after = goodWeightFrom[0] == 0 ? 0 : (double) goodWeightFrom[i + 1] / goodWeightFrom[0];
            int next = nextGood[i + 1];
            int gap = next < 0 ? 200 : Math.min(next - i, 200);
            int goodAbove = 0;
            for (int k = Math.max(0, i - 5); k < i; k++) if (goodFromStart(k)) goodAbove++;
            boolean dateBelow = false;
            for (int k = i + 1; k <= i + 3 && k < lines.size(); k++) dateBelow |= lines.get(k).dateLine();
            int shortNeighbours = 0;
            for (int k = i - 3; k <= i + 3; k++) {
                if (k != i && k >= 0 && k < lines.size() && lines.get(k).weight() < 25) shortNeighbours++;
            }
            int distance = Math.abs(first - i);
            boolean nearAbove = i < first && distance <= 12;
            double[] f = {
                lnw, lnw * lnw, lead, after, Math.log1p(distance), dateBelow ? 1 : 0, goodFromStart(i) ? 1 : 0,
                goodAbove, Math.log1p(gap), shortNeighbours, headlineAt(i - 1) ? 1 : 0, nearAbove ? 1 : 0,
                nearAbove && distance <= 3 ? 1 : 0 };
            double score = INTERCEPT;
            for (int k = 0; k < f.length; k++) score += WEIGHTS[k] * f[k];
            return score;
        }

        boolean headlineAt(int k) {
            return k >= 0 && k < lines.size() && isCandidate(lines.get(k)) && lines.get(k).weight() >= 30 && !lines.get(k).good();
        }

        boolean printedElsewhere(int index) {
            if (lowerTexts == null) lowerTexts = lines.stream().map(l -> l.text().toLowerCase(Locale.ROOT)).toList();
            return DumpTitle.printedElsewhere(lowerTexts, index);
        }
    }

    /** Whether another of the page's lines (in lower case) holds this one: the page prints it again. */
    static boolean printedElsewhere(List<String> lowerTexts, int index) {
        String needle = lowerTexts.get(index);
        for (int k = 0; k < lowerTexts.size(); k++) {
            if (k != index && lowerTexts.get(k).length() >= needle.length() && lowerTexts.get(k).contains(needle)) return true;
        }
        return false;
    }

    /**
     * The evidence, in the order {@link Evidence#cheapScore} gives it, with its weight:
     * <ol>
     * <li>the log of the line's weighted length, and its square: a title is about seventy letters
     *     long (the score peaks there), a menu entry shorter, a paragraph longer;</li>
     * <li>the share of the line's words found in the text's first lines: a title names what its
     *     lead is about, a menu or a teaser for another story does not;</li>
     * <li>the share of the good text below the line: the title stands above its article;</li>
     * <li>the log of the distance, in lines, to the text's first good line;</li>
     * <li>whether a dateline stands within three lines below;</li>
     * <li>whether the line is itself good text, and how many of the five lines above it are: a
     *     subheading stands between paragraphs;</li>
     * <li>the log of the distance to the next good line;</li>
     * <li>how many of its six neighbours are short: a title stands among its kicker, byline and date;</li>
     * <li>whether a headline-shaped line stands right above it: then it is that title's standfirst;</li>
     * <li>whether it stands at most twelve, and at most three, lines above the text.</li>
     * </ol>
     */
    private static final double[] WEIGHTS = {7.19, -0.85, 2.71, 2.05, -0.12, 2.05, -0.81, -0.16, -0.52, 0.36, -0.43, 0.68, 0.81};
    private static final double INTERCEPT = -21.61;
    /** Whether the page prints the line again (a breadcrumb, a share box, a "most read" list): for. */
    private static final double W_ELSEWHERE = 1.11;
    /** Whether the line reads like a caption: against. */
    private static final double W_CAPTION = -11.62;

    /**
     * The least score a title needs (a probability of about 5%): when a dump has no title line, the
     * best of its lines is a list item or a subheading. Declines 17 of the 1,063 pages the weights
     * were fitted on, one of which had its title right.
     */
    private static final double MIN_SCORE = -3;

    /**
     * The words that say what a line is about: Latin-script words of four letters or more (shorter
     * ones are mostly function words) and, in CJK runs, each pair of adjacent characters.
     */
    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0, n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (TextMeasure.isCjk(cp)) {
                int start = i, prev = -1;
                while (i < n && TextMeasure.isCjk(s.codePointAt(i))) {
                    int c = s.codePointAt(i);
                    if (prev >= 0) out.add(new String(new int[] {prev, c}, 0, 2));
                    prev = c;
                    i += Character.charCount(c);
                }
                if (i - start == Character.charCount(prev)) out.add(new String(Character.toChars(prev)));
            } else if (Character.isLetter(cp)) {
                int start = i;
                while (i < n && Character.isLetter(s.codePointAt(i)) && !TextMeasure.isCjk(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
                if (s.codePointCount(start, i) >= 4) out.add(s.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }
}
