package dev.silkroute.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A small character n-gram model (1–3 letters, word boundaries included) learned from the text of
 * Unicode CLDR ({@link CldrNgramImport}). Weaker than Lingua or OpenNLP where they have a language,
 * but it has every language of the project: it is the only statistical evidence for Turkmen, and a
 * second opinion for Uzbek, which OpenNLP knows from little text.
 */
final class CldrNgramModel {
    static final String RESOURCE = "language/cldr-ngrams.tsv.gz";
    private static final int ORDER = 3;
    /** Add-α smoothing: an unseen n-gram costs about as much as one seen a hundredth of a time. */
    private static final double ALPHA = 0.01;

    /** Model key ({@code tk}, {@code uz-Cyrl}) → its position in the arrays below. */
    private final Map<String, Integer> index = new HashMap<>();
    /** n-gram → its log-probability under each model (NaN where the model never saw it). */
    private final Map<String, float[]> logProbabilities = new HashMap<>();
    /** Per model and n-gram length, the log-probability of an unseen n-gram. */
    private final double[][] unseen;

    CldrNgramModel(Set<String> languages) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        try (InputStream raw = CldrNgramModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException(RESOURCE + " is not on the class path (scripts/build-language-ngrams.sh)");
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) continue;
                int a = line.indexOf('\t'), b = line.lastIndexOf('\t');
                String key = line.substring(0, a);
                if (!languages.contains(key.replaceFirst("-.*", ""))) continue;
                counts.computeIfAbsent(key, k -> new HashMap<>()).put(line.substring(a + 1, b), Integer.parseInt(line.substring(b + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        unseen = new double[keys.size()][ORDER + 1];
        for (int k = 0; k < keys.size(); k++) {
            index.put(keys.get(k), k);
            long[] total = new long[ORDER + 1];
            counts.get(keys.get(k)).forEach((g, n) -> total[g.length()] += n);
            for (int n = 1; n <= ORDER; n++) unseen[k][n] = Math.log(ALPHA / (total[n] + 1.0));
            final int model = k;
            counts.get(keys.get(k)).forEach((g, n) -> {
                float[] p = logProbabilities.computeIfAbsent(g, x -> {
                    float[] f = new float[counts.size()];
                    Arrays.fill(f, Float.NaN);
                    return f;
                });
                p[model] = (float) Math.log((n + ALPHA) / (total[g.length()] + 1.0));
            });
        }
    }

    /**
     * Log-likelihood of the text per candidate it knows, best first; a language with a model of its
     * own for the text's script ({@code uz-Cyrl}) is judged by that one.
     */
    Map<String, Double> scores(String text, Set<String> candidates, String script) {
        List<String> names = new ArrayList<>();
        List<Integer> models = new ArrayList<>();
        for (String c : candidates) {
            Integer k = index.getOrDefault(c + "-" + script, index.get(c));
            if (k != null) { names.add(c); models.add(k); }
        }
        double[] sum = new double[names.size()];
        grams(text, g -> {
            float[] p = logProbabilities.get(g);
            for (int i = 0; i < sum.length; i++) {
                int k = models.get(i);
                sum[i] += p == null || Float.isNaN(p[k]) ? unseen[k][g.length()] : p[k];
            }
        });
        Integer[] order = new Integer[sum.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Double.compare(sum[y], sum[x]));
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i : order) out.put(names.get(i), sum[i]);
        return out;
    }

    /** The n-grams of a text: lower-cased letters, anything else one space, a space at each end. */
    static void grams(String text, Consumer<String> sink) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append(' ');
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            boolean letter = Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
            if (letter) sb.appendCodePoint(cp);
            else if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        });
        if (sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
        String t = sb.toString();
        for (int n = 1; n <= ORDER; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                String g = t.substring(i, i + n);
                if (!g.isBlank()) sink.accept(g);
            }
        }
    }
}
