package dev.silkroute.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The stop-word lists Apache Lucene ships for the languages it analyses: the words ("to", "la",
 * "на") that character n-gram models get wrong in a one- or two-word phrase, because the word,
 * not its letters, is the evidence. Languages without a list are never favoured by it.
 */
final class FunctionWords {
    private final Map<String, CharArraySet> byLanguage = new HashMap<>();

    FunctionWords(Set<String> languages) {
        put(languages, "en", org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        put(languages, "de", org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet());
        put(languages, "fr", org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet());
        put(languages, "es", org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
        put(languages, "it", org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet());
        put(languages, "pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet());
        put(languages, "nl", org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
        put(languages, "ru", org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
        put(languages, "tr", org.apache.lucene.analysis.tr.TurkishAnalyzer.getDefaultStopSet());
        put(languages, "ar", org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet());
        put(languages, "fa", org.apache.lucene.analysis.fa.PersianAnalyzer.getDefaultStopSet());
    }

    private void put(Set<String> languages, String code, CharArraySet words) {
        if (languages.contains(code)) byLanguage.put(code, words);
    }

    /** The candidates in whose list every word of the (short) text is; empty when none or no list applies. */
    Set<String> allFunctionWordsIn(String[] words, Set<String> candidates) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String c : candidates) {
            CharArraySet list = byLanguage.get(c);
            if (list == null) continue;
            boolean all = words.length > 0;
            for (String w : words) if (!list.contains(w.toLowerCase(Locale.ROOT))) { all = false; break; }
            if (all) out.add(c);
        }
        return out;
    }
}
