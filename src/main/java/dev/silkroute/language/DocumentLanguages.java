package dev.silkroute.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The languages of one document: a label per paragraph, the document's label and, when more than
 * one language holds a real share of the text, the shares.
 */
public record DocumentLanguages(String language, double confidence, Map<String, Double> shares,
                                List<LanguageGuess> paragraphs) {

    /** Shares of at least this size make a document bilingual in the record's {@code languages}. */
    public static final double SUBSTANTIAL_SHARE = 0.2;

    public Map<String, Double> substantialShares() {
        Map<String, Double> out = new LinkedHashMap<>();
        shares.forEach((k, v) -> { if (v >= SUBSTANTIAL_SHARE) out.put(k, v); });
        return out;
    }
}
