package dev.silkroute.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels a document's paragraphs, then the document by a vote weighted by letters (CJK characters
 * weigh three, as words do) rather than one call on the whole text, so an English page with one
 * Chinese paragraph stays English. Short paragraphs whose own evidence is weak take the document's
 * language when it writes in their script: a caption "Urumqi" on a Russian page is Russian.
 */
public final class DocumentLanguageLabeller {
    private static final int SHORT_LETTERS = 25;
    private static final double WEAK = 0.75;

    private final LanguageDetector detector;

    public DocumentLanguageLabeller(LanguageDetector detector) {
        this.detector = detector;
    }

    public DocumentLanguages label(List<String> paragraphs) {
        List<LanguageGuess> guesses = new ArrayList<>(detector.detectAll(paragraphs));
        Map<String, Double> votes = new HashMap<>();
        double total = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            LanguageGuess g = guesses.get(i);
            if (g.lang().equals(LanguageGuess.UNDETERMINED)) continue;
            double w = ScriptCounts.of(paragraphs.get(i)).weight();
            votes.merge(g.lang(), w, Double::sum);
            total += w;
        }
        if (total == 0) {
            return new DocumentLanguages(LanguageGuess.UNDETERMINED, 1.0, Map.of(), guesses);
        }
        String doc = null;
        double best = -1;
        for (Map.Entry<String, Double> e : votes.entrySet()) if (e.getValue() > best) { best = e.getValue(); doc = e.getKey(); }
        Map<String, Double> shares = new LinkedHashMap<>();
        final double sum = total;
        votes.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> shares.put(e.getKey(), LanguageDetector.round(e.getValue() / sum)));
        for (int i = 0; i < paragraphs.size(); i++) {
            LanguageGuess g = guesses.get(i);
            if (g.lang().equals(doc) || g.lang().equals(LanguageGuess.UNDETERMINED)) continue;
            ScriptCounts sc = ScriptCounts.of(paragraphs.get(i));
            if (sc.letters < SHORT_LETTERS && g.confidence() < WEAK && sameScript(paragraphs.get(i), doc)) {
                guesses.set(i, new LanguageGuess(doc, LanguageDetector.round(Math.max(g.confidence(), 0.5))));
            }
        }
        return new DocumentLanguages(doc, shares.get(doc), shares, guesses);
    }

    /** Whether {@code docLang} is written in the paragraph's main script. */
    private static boolean sameScript(String paragraph, String docLang) {
        return scriptOf(docLang) == ScriptCounts.of(paragraph).dominant();
    }

    private static Character.UnicodeScript scriptOf(String lang) {
        return switch (lang) {
            case "zh" -> Character.UnicodeScript.HAN;
            case "ja" -> Character.UnicodeScript.HIRAGANA;
            case "ko" -> Character.UnicodeScript.HANGUL;
            case "ru", "uk", "kk", "ky", "tg", "mn", "tt", "be", "bg", "sr", "mk" -> Character.UnicodeScript.CYRILLIC;
            case "ar", "fa", "ur", "ps", "ug" -> Character.UnicodeScript.ARABIC;
            default -> Character.UnicodeScript.LATIN;
        };
    }
}
