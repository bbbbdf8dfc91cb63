package dev.silkroute.normalize;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are compared, never stored: NFKC, case-folded, quotes, apostrophes and
 * dashes unified, diacritics removed, Traditional Chinese as Simplified, and Latin letters that
 * look Cyrillic (and the reverse) mapped to the script of their neighbours' majority.
 * So "Xi ‘an", "URUMQI", "Ürümqi", "烏魯木齊" and "Жетiсу" (Latin i) meet their canonical forms.
 */
public final class MatchKey {
    private static final Transliterator TRAD_TO_SIMP = Transliterator.getInstance("Traditional-Simplified");
    private static final String LATIN_LOOKALIKES = "aceopxyiABCEHKMOPTXY";
    private static final String CYRILLIC_LOOKALIKES = "асеорхуіАВСЕНКМОРТХУ";

    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[‘’ʼʻ`´′]");
    private static final java.util.regex.Pattern DOUBLE_QUOTES = java.util.regex.Pattern.compile("[“”«»„]");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[‐‑‒–—―]");
    private static final java.util.regex.Pattern SPACED_APOSTROPHE = java.util.regex.Pattern.compile("(?<=\\p{L}) ?' ?(?=\\p{L})");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern WORD_EDGES = java.util.regex.Pattern.compile("(?<=\\s)|(?=\\s)");

    private MatchKey() {}

    public static String of(String s) {
        // most keys are plain ASCII, for which NFKC, quotes, dashes, look-alikes, marks and Han are no-ops
        boolean ascii = isAscii(s);
        String t = s;
        if (!ascii) {
            t = Normalizer.normalize(t, Normalizer.Form.NFKC);
            t = QUOTES.matcher(t).replaceAll("'");
            t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
            t = DASHES.matcher(t).replaceAll("-").replace('\u00A0', ' ');
        }
        t = SPACES.matcher(t).replaceAll(" ").strip();
        // scraped text splits names at the apostrophe: "Xi 'an", "Xi' an" are Xi'an
        if (t.indexOf('\'') >= 0) t = SPACED_APOSTROPHE.matcher(t).replaceAll("'");
        if (ascii) return t.toLowerCase(Locale.ROOT);
        t = unifyLookalikes(t);
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT);
        if (hasHan(t)) t = TRAD_TO_SIMP.transliterate(t);
        return t;
    }

    /** A word mostly in one script gets that script's letter for each look-alike of the other. */
    private static String unifyLookalikes(String t) {
        if (!hasCyrillic(t)) return t; // a mixed word needs both scripts; most keys have no Cyrillic at all
        StringBuilder out = new StringBuilder(t.length());
        for (String word : WORD_EDGES.split(t)) {
            int latin = 0, cyr = 0;
            for (int i = 0; i < word.length(); i++) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(word.charAt(i));
                if (sc == Character.UnicodeScript.LATIN) latin++;
                else if (sc == Character.UnicodeScript.CYRILLIC) cyr++;
            }
            if (latin > 0 && cyr > 0) {
                StringBuilder w = new StringBuilder(word);
                for (int i = 0; i < w.length(); i++) {
                    char c = w.charAt(i);
                    int li = LATIN_LOOKALIKES.indexOf(c), ci = CYRILLIC_LOOKALIKES.indexOf(c);
                    if (cyr >= latin && li >= 0) w.setCharAt(i, CYRILLIC_LOOKALIKES.charAt(li));
                    else if (latin > cyr && ci >= 0) w.setCharAt(i, LATIN_LOOKALIKES.charAt(ci));
                }
                word = w.toString();
            }
            out.append(word);
        }
        return out.toString();
    }

    private static boolean isAscii(String t) {
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean hasCyrillic(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x0400 && c <= 0x052F) return true;
        }
        return false;
    }

    private static boolean hasHan(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // below U+2E80 (CJK radicals) no character is Han: skip the script table look-up
            if (c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return true;
        }
        return false;
    }
}
