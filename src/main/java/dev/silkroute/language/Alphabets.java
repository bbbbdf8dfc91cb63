package dev.silkroute.language;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The letters each configured language writes with, from CLDR's exemplar characters (ICU4J), so
 * that a text with ұ cannot be Russian and a text with ї cannot be Kazakh — the evidence that
 * decides the close Cyrillic, Arabic-script and Turkic Latin languages the statistical models mix
 * up. A configured entry may name a script ({@code uz-Cyrl}) to add that alphabet to the language.
 */
final class Alphabets {
    /** Letters of the language's main alphabet, and letters its texts also use (CLDR's auxiliary set). */
    record Alphabet(UnicodeSet standard, UnicodeSet auxiliary, Set<Integer> scripts) {}

    private final Map<String, Alphabet> byLanguage = new LinkedHashMap<>();

    Alphabets(List<String> configured) {
        Map<String, UnicodeSet[]> sets = new HashMap<>();
        for (String entry : configured) {
            ULocale locale = new ULocale(entry.replace('-', '_'));
            String lang = locale.getLanguage().toLowerCase(Locale.ROOT);
            UnicodeSet[] s = sets.computeIfAbsent(lang, k -> new UnicodeSet[] {new UnicodeSet(), new UnicodeSet()});
            s[0].addAll(letters(LocaleData.getExemplarSet(locale, 0, LocaleData.ES_STANDARD)));
            UnicodeSet aux = LocaleData.getExemplarSet(locale, 0, LocaleData.ES_AUXILIARY);
            if (aux != null) s[1].addAll(letters(aux));
        }
        sets.forEach((lang, s) -> {
            Set<Integer> scripts = new LinkedHashSet<>();
            for (String cp : s[0]) {
                int sc = UScript.getScript(cp.codePointAt(0));
                if (sc != UScript.COMMON && sc != UScript.INHERITED) scripts.add(sc);
            }
            byLanguage.put(lang, new Alphabet(s[0].freeze(), s[1].removeAll(s[0]).freeze(), scripts));
        });
    }

    /** Single lower-case code points, with the letters of multi-letter entries such as {oʻ} taken apart. */
    private static UnicodeSet letters(UnicodeSet exemplars) {
        UnicodeSet out = new UnicodeSet();
        if (exemplars == null) return out;
        for (String s : exemplars) {
            s.codePoints().filter(Character::isLetter).forEach(cp -> out.add(Character.toLowerCase(cp)));
        }
        return out;
    }

    boolean writesIn(String lang, int uscript) {
        Alphabet a = byLanguage.get(lang);
        return a != null && a.scripts().contains(uscript);
    }

    /**
     * How foreign the text is to the language: the share of its words with a letter outside the
     * alphabet (a letter only in the auxiliary set counts half), so that a quoted name is one
     * foreign word in a long paragraph while one word with ұ decides a short phrase. 0: all fit.
     */
    double foreignness(String lang, LetterProfile text) {
        Alphabet a = byLanguage.get(lang);
        if (a == null || text.words().isEmpty()) return 0;
        double foreign = 0;
        for (int[] word : text.words()) {
            double worst = 0;
            for (int cp : word) {
                if (a.standard().contains(cp)) continue;
                worst = Math.max(worst, a.auxiliary().contains(cp) ? 0.5 : 1.0);
                if (worst == 1.0) break;
            }
            foreign += worst;
        }
        return foreign / text.words().size();
    }

    Set<String> languages() {
        return byLanguage.keySet();
    }
}
