package dev.silkroute.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.silkroute.language.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy of the language detector over labelled texts ({@code {"id","lang","kind","text"}} per
 * line): per language and kind (phrase / sentence), the macro average over languages per kind, the
 * most frequent confusions, and texts per second of detection alone.
 */
public final class LanguageEvaluation {
    public record Item(String id, String lang, String kind, String text) {}

    public record Outcome(Item item, String predicted) {
        public boolean right() {
            return item.lang().equals(predicted);
        }
    }

    /** @param seconds wall-clock time of one detection pass; {@code cpuSeconds} the whole process's CPU in that time */
    public record Report(List<Outcome> outcomes, double seconds, double cpuSeconds) {
        /** Accuracy per language for one kind ({@code null}: every kind). */
        public Map<String, Double> accuracyByLanguage(String kind) {
            Map<String, int[]> counts = new TreeMap<>();
            for (Outcome o : outcomes) {
                if (kind != null && !kind.equals(o.item().kind())) continue;
                int[] c = counts.computeIfAbsent(o.item().lang(), k -> new int[2]);
                c[1]++;
                if (o.right()) c[0]++;
            }
            Map<String, Double> acc = new TreeMap<>();
            counts.forEach((l, c) -> acc.put(l, (double) c[0] / c[1]));
            return acc;
        }

        public double macro(String kind) {
            return accuracyByLanguage(kind).values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        public TreeSet<String> kinds() {
            TreeSet<String> k = new TreeSet<>();
            for (Outcome o : outcomes) k.add(o.item().kind());
            return k;
        }

        public double textsPerSecond() {
            return seconds == 0 ? 0 : outcomes.size() / seconds;
        }
    }

    private final LanguageDetector detector;

    public LanguageEvaluation(LanguageDetector detector) {
        this.detector = detector;
    }

    public static List<Item> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(jsonl + " line " + n + ": not a JSON object (" + e.getOriginalMessage() + ")");
                }
                if (o == null || !o.hasNonNull("lang") || !o.hasNonNull("text")) {
                    throw new IOException(jsonl + " line " + n + ": needs \"lang\" and \"text\"");
                }
                items.add(new Item(o.path("id").asText("line-" + n), o.get("lang").asText(),
                        o.path("kind").asText("text"), o.get("text").asText()));
            }
        }
        return items;
    }

    /** Timed passes over the items; answers are the same on every pass, the time is their sum. */
    private static final int TIMED_PASSES = 3;

    public Report run(List<Item> items) {
        // one untimed pass so the figure is the steady state of a long-running service, not class
        // loading, JIT and the first use of each candidate set (see LinguaModel)
        for (Item it : items) detector.detect(it.text());
        List<Outcome> out = new ArrayList<>(items.size());
        // the process's CPU, not the calling thread's: Lingua hands each text to the common pool
        long cpu0 = CpuClock.processNanos(), wall0 = System.nanoTime();
        for (Item it : items) out.add(new Outcome(it, detector.detect(it.text()).lang()));
        for (int pass = 1; pass < TIMED_PASSES; pass++) for (Item it : items) detector.detect(it.text());
        long cpu1 = CpuClock.processNanos(), wall1 = System.nanoTime();
        return new Report(out, (wall1 - wall0) / 1e9 / TIMED_PASSES, (cpu1 - cpu0) / 1e9 / TIMED_PASSES);
    }

    /** Paragraph and document accuracy over mixed pages. */
    public record MixedReport(int pages, int pagesRight, int paragraphs, int paragraphsRight) {}

    /**
     * Mixed pages built from the labelled sentences, as the pages of this corpus are: three to six
     * paragraphs of one language with one shorter paragraph of another language (less than half
     * the main text) placed at random, with a fixed seed so runs compare. The document's language
     * is the main one.
     */
    public MixedReport mixed(List<Item> items, int pages, long seed) {
        Map<String, List<Item>> byLang = new TreeMap<>();
        for (Item it : items) if (it.kind().equals("sentence")) byLang.computeIfAbsent(it.lang(), k -> new ArrayList<>()).add(it);
        List<String> langs = new ArrayList<>(byLang.keySet());
        if (langs.size() < 2) return new MixedReport(0, 0, 0, 0);
        java.util.Random rnd = new java.util.Random(seed);
        var labeller = new dev.silkroute.language.DocumentLanguageLabeller(detector);
        int built = 0, pagesRight = 0, paragraphs = 0, paragraphsRight = 0;
        for (int attempt = 0; built < pages && attempt < pages * 20; attempt++) {
            String main = langs.get(rnd.nextInt(langs.size()));
            String other;
            do { other = langs.get(rnd.nextInt(langs.size())); } while (other.equals(main));
            List<Item> page = new ArrayList<>();
            int n = 3 + rnd.nextInt(4);
            for (int i = 0; i < n; i++) page.add(pick(byLang.get(main), rnd));
            // the main language must hold most of the page's text, or it is not the page's language
            int mainWeight = page.stream().mapToInt(it -> weight(it.text())).sum();
            Item foreign;
            int tries = 0;
            do { foreign = pick(byLang.get(other), rnd); } while (weight(foreign.text()) * 2 >= mainWeight && ++tries < 50);
            if (weight(foreign.text()) * 2 >= mainWeight) continue;
            built++;
            page.add(rnd.nextInt(page.size() + 1), foreign);
            var result = labeller.label(page.stream().map(Item::text).toList());
            if (result.language().equals(main)) pagesRight++;
            for (int i = 0; i < page.size(); i++) {
                paragraphs++;
                if (result.paragraphs().get(i).lang().equals(page.get(i).lang())) paragraphsRight++;
            }
        }
        return new MixedReport(built, pagesRight, paragraphs, paragraphsRight);
    }

    /** Letters, a CJK character counting three (about a word), as the document vote counts them. */
    private static int weight(String text) {
        return text.codePoints().filter(Character::isLetter).map(cp -> {
            var sc = Character.UnicodeScript.of(cp);
            return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL ? 3 : 1;
        }).sum();
    }

    private static Item pick(List<Item> items, java.util.Random rnd) {
        return items.get(rnd.nextInt(items.size()));
    }

    public static void print(Report r, PrintStream o) {
        TreeSet<String> kinds = r.kinds();
        o.printf("%-6s", "lang");
        for (String k : kinds) o.printf(" %9s", k);
        o.printf(" %9s%n", "all");
        Map<String, Map<String, Double>> byKind = new HashMap<>();
        for (String k : kinds) byKind.put(k, r.accuracyByLanguage(k));
        Map<String, Double> all = r.accuracyByLanguage(null);
        for (String lang : all.keySet()) {
            o.printf("%-6s", lang);
            for (String k : kinds) {
                Double a = byKind.get(k).get(lang);
                o.print(a == null ? String.format(" %9s", "-") : String.format(" %9.3f", a));
            }
            o.printf(" %9.3f%n", all.get(lang));
        }
        o.printf("%-6s", "macro");
        for (String k : kinds) o.printf(" %9.3f", r.macro(k));
        o.printf(" %9.3f%n", r.macro(null));
        Map<String, Integer> confusions = new HashMap<>();
        for (Outcome oc : r.outcomes()) if (!oc.right()) confusions.merge(oc.item().lang() + " → " + oc.predicted(), 1, Integer::sum);
        o.println("top confusions (expected → predicted):");
        confusions.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
                .forEach(e -> o.printf("  %-14s %d%n", e.getKey(), e.getValue()));
        o.printf("%d texts in %.2f s (mean of %d passes): %.0f texts per second (detection alone, one calling thread; %.2f CPU-s of the process, all threads)%n",
                r.outcomes().size(), r.seconds(), TIMED_PASSES, r.textsPerSecond(), r.cpuSeconds());
    }
}
