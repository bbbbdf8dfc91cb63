package dev.silkroute.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Apache OpenNLP's language detector (103 languages, the {@code opennlp-models-langdetect}
 * artifact): the model for the languages of the region Lingua lacks — Kyrgyz, Tajik, Uzbek, Tatar,
 * Pashto. Its answers are ISO 639-3 codes, mapped here to the project's ISO 639-1 codes.
 */
final class OpenNlpModel {
    private static final String RESOURCE = "langdetect-183.bin";
    /** Individual languages the model names where ISO 639-1 has the macrolanguage. */
    private static final Map<String, String> MACRO = Map.of("pes", "fa", "cmn", "zh", "lvs", "lv", "ekk", "et", "pnb", "pa", "nan", "zh");

    private final LanguageDetectorModel model;
    private final Map<String, String> toIso1 = new HashMap<>();
    private final Set<String> supported = new java.util.HashSet<>();
    /** The detector keeps per-call state; one per thread over the shared, immutable model. */
    private final ThreadLocal<LanguageDetectorME> detector;

    OpenNlpModel() {
        try (InputStream in = OpenNlpModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path (opennlp-models-langdetect)");
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP language model " + RESOURCE, e);
        }
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                toIso1.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (MissingResourceException ignored) {
                // a code without a three-letter form cannot be one of the model's answers
            }
        }
        toIso1.putAll(MACRO);
        detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        for (String l : detector.get().getSupportedLanguages()) {
            String iso1 = toIso1.get(l);
            if (iso1 != null) supported.add(iso1);
        }
    }

    /** Whether the model can name this language at all. */
    boolean knows(String iso1) {
        return supported.contains(iso1);
    }

    /** The model's probabilities for every language it has: one pass over the text, asked about any candidate set. */
    Prediction predict(String text) {
        return new Prediction(detector.get().predictLanguages(text));
    }

    final class Prediction {
        private final Language[] languages;

        private Prediction(Language[] languages) {
            this.languages = languages;
        }

        /** Probabilities of the candidate languages, renormalized over them, best first. */
        Map<String, Double> scores(Set<String> candidates) {
            Map<String, Double> raw = new HashMap<>();
            double sum = 0;
            for (Language l : languages) {
                String iso1 = toIso1.get(l.getLang());
                if (iso1 == null || !candidates.contains(iso1)) continue;
                raw.merge(iso1, l.getConfidence(), Double::sum);
                sum += l.getConfidence();
            }
            Map<String, Double> out = new LinkedHashMap<>();
            final double total = sum;
            raw.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                    .forEach(e -> out.put(e.getKey(), total == 0 ? 0 : e.getValue() / total));
            return out;
        }
    }
}
