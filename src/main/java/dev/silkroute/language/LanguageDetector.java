package dev.silkroute.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Labels a text with its language. A cascade, cheapest and surest first:
 * <ol>
 *   <li>no letters → {@code und} (dates, numbers, URLs, phone lines)</li>
 *   <li>the writing system: Hangul → ko, Kana → ja, Han alone → zh</li>
 *   <li>letters only one configured language uses ({@link LetterRules}): ug, ps, tg, uz, kk, ky, tt, tk, az...</li>
 *   <li>Lingua's n-gram models, restricted to the configured languages of the text's script</li>
 * </ol>
 * Build one per process: loading Lingua's models takes seconds and hundreds of megabytes.
 */
public final class LanguageDetector {
    private final Set<String> allowed;
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;

    /**
     * @param languages   ISO 639-1 codes to choose among (configuration, see README)
     * @param lowAccuracy Lingua's low-accuracy mode: ~10x less memory, weaker on short texts
     */
    public LanguageDetector(List<String> languages, boolean lowAccuracy) {
        this.allowed = new LinkedHashSet<>();
        for (String l : languages) allowed.add(l.strip().toLowerCase(Locale.ROOT));
        Set<Language> models = EnumSet.noneOf(Language.class);
        for (String code : allowed) {
            Language lang = linguaLanguage(code);
            if (lang != null) models.add(lang);
        }
        if (models.size() < 2) models.add(Language.ENGLISH);
        if (models.size() < 2) models.add(Language.GERMAN);
        LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(models.toArray(new Language[0]));
        if (lowAccuracy) b = b.withLowAccuracyMode();
        this.lingua = b.withPreloadedLanguageModels().build();
    }

    public Set<String> languages() {
        return allowed;
    }

    public LanguageGuess detect(String text) {
        ScriptCounts sc = ScriptCounts.of(text);
        if (sc.letters < 2) return LanguageGuess.undetermined();
        UnicodeScript script = sc.dominant();
        switch (script) {
            case HANGUL: return allowedOr("ko", sc);
            case HIRAGANA: case KATAKANA: return allowedOr("ja", sc);
            case HAN:
                if (sc.get(UnicodeScript.HIRAGANA) + sc.get(UnicodeScript.KATAKANA) > 0) return allowedOr("ja", sc);
                if (sc.get(UnicodeScript.HANGUL) > 0) return allowedOr("ko", sc);
                return allowedOr("zh", sc);
            case ARABIC: {
                String byLetters = LetterRules.arabicScript(text, allowed);
                if (byLetters != null) return new LanguageGuess(byLetters, 0.95);
                break;
            }
            case CYRILLIC: {
                String byLetters = LetterRules.cyrillic(text, allowed);
                if (byLetters != null) return new LanguageGuess(byLetters, 0.95);
                break;
            }
            case LATIN: {
                String byLetters = LetterRules.latin(text, allowed);
                if (byLetters != null) return new LanguageGuess(byLetters, 0.9);
                break;
            }
            default:
                break;
        }
        return model(text, script);
    }

    /** Lingua's best among the configured languages written in the text's script. */
    private LanguageGuess model(String text, UnicodeScript script) {
        SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(text);
        String best = null;
        double bestValue = -1, second = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            String code = code(e.getKey());
            if (code == null || !allowed.contains(code) || !writesIn(code, script)) continue;
            if (e.getValue() > bestValue) { second = Math.max(second, bestValue); bestValue = e.getValue(); best = code; }
            else second = Math.max(second, e.getValue());
        }
        if (best == null) return LanguageGuess.undetermined();
        // Lingua gives relative values (the best is 1.0); the gap to the runner-up is the evidence
        double gap = bestValue <= 0 ? 0 : (bestValue - second) / bestValue;
        return new LanguageGuess(best, round(Math.min(1.0, 0.5 + 3 * gap)));
    }

    /** The languages this detector could give a text of this script, so a Cyrillic phrase is never labelled French. */
    private static boolean writesIn(String code, UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> Set.of("ru", "uk", "kk", "ky", "tg", "mn", "uz", "tt", "be", "bg", "sr", "mk").contains(code);
            case ARABIC -> Set.of("ar", "fa", "ur", "ps", "ug").contains(code);
            case LATIN -> !Set.of("ru", "uk", "kk", "ky", "tg", "mn", "tt", "ar", "fa", "ur", "ps", "ug", "zh", "ja", "ko",
                    "el", "he", "hy", "ka", "hi", "th", "bg", "mk", "be").contains(code);
            default -> true;
        };
    }

    private LanguageGuess allowedOr(String code, ScriptCounts sc) {
        // the script alone decides these languages; mixed-script noise lowers the certainty
        double share = sc.letters == 0 ? 0 : (double) (sc.get(UnicodeScript.HAN) + sc.get(UnicodeScript.HIRAGANA)
                + sc.get(UnicodeScript.KATAKANA) + sc.get(UnicodeScript.HANGUL)) / sc.letters;
        return allowed.contains(code) ? new LanguageGuess(code, round(Math.min(1.0, share))) : LanguageGuess.undetermined();
    }

    private static String code(Language l) {
        IsoCode639_1 iso = l.getIsoCode639_1();
        return iso == null ? null : iso.name().toLowerCase(Locale.ROOT);
    }

    private static Language linguaLanguage(String code) {
        for (Language l : Language.values()) {
            if (l.getIsoCode639_1() != null && l.getIsoCode639_1().name().equalsIgnoreCase(code)) return l;
        }
        return null;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** For a caller that has many texts: labels in order, one model. */
    public List<LanguageGuess> detectAll(List<String> texts) {
        List<LanguageGuess> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(detect(t));
        return out;
    }
}
