package dev.silkroute.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** How many letters of each writing system a text has: the first and cheapest evidence of its language. */
final class ScriptCounts {
    final Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int letters;

    static ScriptCounts of(String text) {
        ScriptCounts sc = new ScriptCounts();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            UnicodeScript s = UnicodeScript.of(cp);
            sc.counts.merge(s, 1, Integer::sum);
            sc.letters++;
        }
        return sc;
    }

    int get(UnicodeScript s) {
        return counts.getOrDefault(s, 0);
    }

    UnicodeScript dominant() {
        UnicodeScript best = null;
        int n = -1;
        for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
            int weight = e.getValue() * (isCjk(e.getKey()) ? 3 : 1);
            if (weight > n) { n = weight; best = e.getKey(); }
        }
        return best;
    }

    /** Letters weighted for votes: a CJK character carries about a word's worth, three letters. */
    int weight() {
        int w = 0;
        for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) w += e.getValue() * (isCjk(e.getKey()) ? 3 : 1);
        return w;
    }

    static boolean isCjk(UnicodeScript s) {
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA || s == UnicodeScript.HANGUL;
    }
}
