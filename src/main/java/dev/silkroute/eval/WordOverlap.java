package dev.silkroute.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word precision, recall and F1 as WCXB defines them: lower-cased runs of word characters, each
 * Han, Kana or Hangul character its own token, compared as multisets.
 */
public final class WordOverlap {
    public record Score(double precision, double recall, double f1) {}

    private WordOverlap() {}

    public static Map<String, Integer> tokens(String text) {
        Map<String, Integer> bag = new HashMap<>();
        String t = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                flush(word, bag);
                bag.merge(new String(Character.toChars(cp)), 1, Integer::sum);
            } else if (Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else {
                flush(word, bag);
            }
        }
        flush(word, bag);
        return bag;
    }

    public static Score score(String predicted, String expected) {
        Map<String, Integer> p = tokens(predicted), e = tokens(expected);
        int np = p.values().stream().mapToInt(Integer::intValue).sum();
        int ne = e.values().stream().mapToInt(Integer::intValue).sum();
        if (np == 0 || ne == 0) return new Score(0, ne == 0 && np == 0 ? 1 : 0, 0);
        int common = 0;
        for (Map.Entry<String, Integer> x : p.entrySet()) common += Math.min(x.getValue(), e.getOrDefault(x.getKey(), 0));
        double prec = (double) common / np, rec = (double) common / ne;
        return new Score(prec, rec, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec));
    }

    private static void flush(StringBuilder word, Map<String, Integer> bag) {
        if (word.length() > 0) {
            bag.merge(word.toString(), 1, Integer::sum);
            word.setLength(0);
        }
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
