package dev.silkroute.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lingua's n-gram models, built only for the configured languages it has (~0.6 GB and 5 s for the
 * default list in high-accuracy mode, ~50 MB in low-accuracy mode). The most accurate model on the
 * languages it knows, short texts included.
 */
final class LinguaModel {
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final boolean lowAccuracy;
    /** The configured languages Lingua has, by ISO 639-1 code. */
    private final Map<String, Language> known = new HashMap<>();
    /**
     * Lingua scores every language it was built with, and most texts have two or three candidates
     * left after the alphabet test; a detector per candidate set scores only those. Lingua keeps
     * its n-gram tables in static maps, so these detectors share the one loaded copy.
     */
    private final Map<Set<Language>, com.github.pemistahl.lingua.api.LanguageDetector> byCandidates = new ConcurrentHashMap<>();

    LinguaModel(Set<String> languages, boolean lowAccuracy) {
        Set<Language> models = EnumSet.noneOf(Language.class);
        for (String code : languages) {
            Language lang = language(code);
            if (lang != null) { models.add(lang); known.put(code, lang); }
        }
        // Lingua refuses to be built with fewer than two languages
        if (models.size() < 2) models.add(Language.ENGLISH);
        if (models.size() < 2) models.add(Language.GERMAN);
        LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(models.toArray(new Language[0]));
        if (lowAccuracy) b = b.withLowAccuracyMode();
        lingua = b.withPreloadedLanguageModels().build();
        this.lowAccuracy = lowAccuracy;
    }

    boolean knows(String iso1) {
        return known.containsKey(iso1);
    }

    /** Lingua's confidence values for the candidates (relative: the best of all is 1.0), best first. */
    Map<String, Double> scores(String text, Set<String> candidates) {
        Map<String, Double> out = new LinkedHashMap<>();
        detectorFor(candidates).computeLanguageConfidenceValues(text).entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> {
                    String code = code(e.getKey());
                    if (code != null && candidates.contains(code)) out.put(code, e.getValue());
                });
        return out;
    }

    private com.github.pemistahl.lingua.api.LanguageDetector detectorFor(Set<String> candidates) {
        Set<Language> langs = EnumSet.noneOf(Language.class);
        for (String c : candidates) {
            Language l = known.get(c);
            if (l != null) langs.add(l);
        }
        // Lingua needs two languages to choose between; with fewer, the whole set answers
        if (langs.size() < 2) return lingua;
        return byCandidates.computeIfAbsent(langs, k -> {
            LanguageDetectorBuilder b = LanguageDetectorBuilder.fromLanguages(k.toArray(new Language[0]));
            return (lowAccuracy ? b.withLowAccuracyMode() : b).build();
        });
    }

    private static String code(Language l) {
        IsoCode639_1 iso = l.getIsoCode639_1();
        return iso == null ? null : iso.name().toLowerCase(Locale.ROOT);
    }

    private static Language language(String code) {
        for (Language l : Language.values()) {
            if (l.getIsoCode639_1() != null && l.getIsoCode639_1().name().equalsIgnoreCase(code)) return l;
        }
        return null;
    }
}
