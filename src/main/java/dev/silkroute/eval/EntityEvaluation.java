package dev.silkroute.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.silkroute.normalize.Entity;
import dev.silkroute.normalize.EntityRecognizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Mention scores against annotations in the format of {@code seeds-gold/entities} (README there):
 * exact span and type, per type, and with GPE/LOC/FAC folded into one place type; on the mentions
 * found with the right span, identifier accuracy (an output id is right if it equals the gold id
 * or one of its xrefs), canonical-name accuracy and date-value accuracy.
 */
public final class EntityEvaluation {
    private static final Set<String> PLACES = Set.of("GPE", "LOC", "FAC");
    private static final int TIMED_ROUNDS = 20;

    public record Counts(int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    public record Report(int documents, Counts exact, Counts folded, Map<String, Counts> byType,
                         int idsAsked, int idsRight, int namesAsked, int namesRight, int valuesAsked, int valuesRight,
                         long chars, double seconds, List<String> misses) {}

    private record Gold(int start, int end, String text, String type, String canonical, String id, List<String> xrefs, String value) {}

    private final EntityRecognizer recognizer;

    public EntityEvaluation(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public Report run(Path goldDir, Path textDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int[] exact = new int[3], folded = new int[3];
        Map<String, int[]> byType = new TreeMap<>();
        int idsAsked = 0, idsRight = 0, namesAsked = 0, namesRight = 0, valuesAsked = 0, valuesRight = 0, docs = 0;
        long chars = 0;
        double seconds = 0;
        List<String> misses = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonNode root;
            try {
                root = json.readTree(g.toFile());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(g + " is not JSON: " + e.getOriginalMessage());
            }
            String doc = root.path("doc").asText(g.getFileName().toString().replaceFirst("\\.json$", ""));
            Path textFile = textDir.resolve(doc + ".txt");
            if (!Files.exists(textFile)) throw new IOException("no text for " + doc + ": expected " + textFile);
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            String dct = root.hasNonNull("dct") ? root.get("dct").asText() : null;
            List<Gold> gold = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                List<String> xrefs = new ArrayList<>();
                e.path("xrefs").forEach(x -> xrefs.add(x.asText()));
                gold.add(new Gold(e.get("start").asInt(), e.get("end").asInt(), e.path("text").asText(), e.get("type").asText(),
                        e.hasNonNull("canonical") ? e.get("canonical").asText() : null, e.hasNonNull("id") ? e.get("id").asText() : null,
                        xrefs, e.hasNonNull("value") ? e.get("value").asText() : null));
            }
            List<Entity> found = recognizer.recognize(text, dct);
            // timed apart from the first, JIT-compiling call: the steady state is what a long run sees
            long t0 = System.nanoTime();
            for (int round = 0; round < TIMED_ROUNDS; round++) recognizer.recognize(text, dct);
            seconds += (System.nanoTime() - t0) / 1e9 / TIMED_ROUNDS;
            chars += text.codePointCount(0, text.length());
            docs++;

            Map<String, Gold> goldBySpan = new HashMap<>();
            for (Gold x : gold) goldBySpan.put(x.start() + ":" + x.end(), x);
            Map<String, Entity> foundBySpan = new HashMap<>();
            for (Entity x : found) foundBySpan.put(x.start() + ":" + x.end(), x);

            for (Entity f : found) {
                Gold m = goldBySpan.get(f.start() + ":" + f.end());
                count(exact, byType, f.type(), m != null && m.type().equals(f.type()), true);
                count(folded, null, null, m != null && fold(m.type()).equals(fold(f.type())), true);
                if (m == null) continue;
                if (m.id() != null) {
                    idsAsked++;
                    if (f.id() != null && (f.id().equals(m.id()) || m.xrefs().contains(f.id()))) idsRight++;
                }
                if (m.canonical() != null) {
                    namesAsked++;
                    if (m.canonical().equals(f.canonical())) namesRight++;
                }
                if (m.value() != null && (m.type().equals("DATE") || m.type().equals("TIME"))) {
                    valuesAsked++;
                    if (m.value().equals(f.value())) valuesRight++;
                }
            }
            for (Gold m : gold) {
                Entity f = foundBySpan.get(m.start() + ":" + m.end());
                if (f == null || !f.type().equals(m.type())) {
                    byType.computeIfAbsent(m.type(), k -> new int[3])[2]++;
                    exact[2]++;
                    if (misses.size() < 400) misses.add(doc + " " + m.type() + " '" + m.text() + "'" + (f == null ? "" : " found as " + f.type()));
                }
                if (f == null || !fold(f.type()).equals(fold(m.type()))) folded[2]++;
            }
        }
        Map<String, Counts> types = new TreeMap<>();
        byType.forEach((k, v) -> types.put(k, new Counts(v[0], v[1], v[2])));
        return new Report(docs, new Counts(exact[0], exact[1], exact[2]), new Counts(folded[0], folded[1], folded[2]), types,
                idsAsked, idsRight, namesAsked, namesRight, valuesAsked, valuesRight, chars, seconds, misses);
    }

    private static void count(int[] c, Map<String, int[]> byType, String type, boolean right, boolean predicted) {
        if (right) c[0]++; else c[1]++;
        if (byType != null) {
            int[] t = byType.computeIfAbsent(type, k -> new int[3]);
            if (right) t[0]++; else t[1]++;
        }
    }

    private static String fold(String type) {
        return PLACES.contains(type) ? "PLACE" : type;
    }

    public static void print(Report r, PrintStream o) {
        o.printf("%d documents, %d characters%n", r.documents(), r.chars());
        o.printf("mentions (exact span and type)  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", r.exact().precision(),
                r.exact().recall(), r.exact().f1(), r.exact().tp(), r.exact().fp(), r.exact().fn());
        o.printf("mentions (GPE/LOC/FAC folded)   P %.3f  R %.3f  F1 %.3f%n", r.folded().precision(), r.folded().recall(), r.folded().f1());
        r.byType().forEach((t, c) -> o.printf("  %-10s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", t, c.precision(),
                c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
        o.printf("identifier accuracy on found mentions   %.3f (%d/%d)%n", ratio(r.idsRight(), r.idsAsked()), r.idsRight(), r.idsAsked());
        o.printf("canonical-name accuracy on found        %.3f (%d/%d)%n", ratio(r.namesRight(), r.namesAsked()), r.namesRight(), r.namesAsked());
        o.printf("date-value accuracy on found            %.3f (%d/%d)%n", ratio(r.valuesRight(), r.valuesAsked()), r.valuesRight(), r.valuesAsked());
        o.printf("speed %.0f characters per second (recognition alone, steady state)%n", r.seconds() == 0 ? 0 : r.chars() / r.seconds());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
