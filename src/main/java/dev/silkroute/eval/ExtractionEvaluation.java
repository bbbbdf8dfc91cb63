package dev.silkroute.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.silkroute.intake.RawInput;
import dev.silkroute.pipeline.Json;
import dev.silkroute.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Runs the extraction stage over a labelled set in the layout of {@code shared/eval/README.md} and
 * reports word P/R/F1 (macro over pages, overall and per group), snippet P/R/F1, metadata accuracy
 * (title, date, author) where {@code meta.json} exists, and pages per CPU-second.
 */
public final class ExtractionEvaluation {
    public enum Mode { HTML, TEXT }

    /** Per-page result, kept for the worst-pages list. */
    public record PageResult(String name, String group, WordOverlap.Score score) {}

    public record Report(int pages, double precision, double recall, double f1, Map<String, double[]> groups,
                         int snippetTp, int snippetFn, int snippetFp, int titleRight, int titleTotal, int dateRight,
                         int dateTotal, int authorRight, int authorTotal, double cpuSeconds, PassCost pass, int warmUpPages,
                         List<PageResult> results) {}

    /**
     * What the whole process spent over the timed pass, in CPU seconds: the extracting thread's time
     * leaves out the garbage its extraction makes, which the collector clears in its own thread.
     * @param process every thread of the process
     * @param loop the evaluating thread: extraction, and reading and scoring each page
     * @param collection the collector's time (its pauses; a concurrent collector's other work is not in it)
     * @param compiler the JIT compiler's compiling time as HotSpot reports it, a one-off cost of a short run
     */
    public record PassCost(double process, double loop, double collection, double compiler) {}

    private final Pipeline pipeline;

    public ExtractionEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Report run(Path setDir, Mode mode, int limit) throws IOException {
        return run(setDir, mode, limit, (done, total, name) -> { });
    }

    /** Tells a long evaluation's progress: pages done of the total, and the page just scored. */
    public interface Progress {
        void page(int done, int total, String name);
    }

    public Report run(Path setDir, Mode mode, int limit, Progress progress) throws IOException {
        JsonNode cases = Json.MAPPER.readTree(setDir.resolve("manifest.json").toFile()).get("cases");
        List<String> names = caseNames(cases, limit);
        Path dir = setDir.resolve("cases");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuNanos = 0;
        double sp = 0, sr = 0, sf = 0;
        Map<String, double[]> groups = new TreeMap<>();
        int tp = 0, fn = 0, fp = 0, titleRight = 0, titleTotal = 0, dateRight = 0, dateTotal = 0, authorRight = 0, authorTotal = 0;
        List<PageResult> results = new ArrayList<>();
        int warmUp = warmUp(names, dir, mode);
        long process0 = CpuClock.processNanos(), loop0 = cpu.getCurrentThreadCpuTime(), gc0 = CpuClock.collectionMillis(),
                compiler0 = CpuClock.compilerMillis();
        for (String name : names) {
            String group = cases.get(name).path("group").asText("all");
            String expected = Files.readString(dir.resolve(name + ".expected.txt"));
            RawInput input = input(dir, name, mode);
            String predicted = "";
            String title = null, published = null;
            List<String> byline = List.of();
            long t0 = cpu.getCurrentThreadCpuTime();
            try {
                var ex = pipeline.extract(input).extraction();
                predicted = ex.text();
                title = ex.title();
                published = ex.published();
                byline = ex.byline();
            } catch (RuntimeException | StackOverflowError e) {
                predicted = ""; // a failure scores zero, as an empty prediction does
            }
            cpuNanos += cpu.getCurrentThreadCpuTime() - t0;
            WordOverlap.Score s = WordOverlap.score(predicted, expected);
            results.add(new PageResult(name, group, s));
            progress.page(results.size(), names.size(), name);
            sp += s.precision(); sr += s.recall(); sf += s.f1();
            double[] g = groups.computeIfAbsent(group, k -> new double[4]);
            g[0] += s.precision(); g[1] += s.recall(); g[2] += s.f1(); g[3]++;
            Path snippets = dir.resolve(name + ".snippets.json");
            if (Files.exists(snippets)) {
                JsonNode sn = Json.MAPPER.readTree(snippets.toFile());
                String hay = snippetForm(predicted);
                for (JsonNode w : sn.path("with")) if (hay.contains(snippetForm(w.asText()))) tp++; else fn++;
                for (JsonNode w : sn.path("without")) if (hay.contains(snippetForm(w.asText()))) fp++;
            }
            Path meta = dir.resolve(name + ".meta.json");
            if (Files.exists(meta)) {
                JsonNode m = Json.MAPPER.readTree(meta.toFile());
                if (m.hasNonNull("title") && !m.get("title").asText().isBlank()) {
                    titleTotal++;
                    if (title != null && snippetForm(title).equals(snippetForm(m.get("title").asText()))) titleRight++;
                }
                String date = m.hasNonNull("date_iso") ? m.get("date_iso").asText() : null;
                if (date != null && date.length() >= 10) {
                    dateTotal++;
                    if (published != null && published.length() >= 10 && published.substring(0, 10).equals(date.substring(0, 10))) dateRight++;
                }
                if (m.path("authors").isArray() && !m.get("authors").isEmpty()) {
                    authorTotal++;
                    if (namesAnAuthor(byline, m.get("authors"))) authorRight++;
                }
            }
        }
        PassCost pass = new PassCost((CpuClock.processNanos() - process0) / 1e9, (cpu.getCurrentThreadCpuTime() - loop0) / 1e9,
                (CpuClock.collectionMillis() - gc0) / 1e3, (CpuClock.compilerMillis() - compiler0) / 1e3);
        int n = Math.max(1, names.size());
        return new Report(names.size(), sp / n, sr / n, sf / n, groups, tp, fn, fp, titleRight, titleTotal, dateRight, dateTotal,
                authorRight, authorTotal, cpuNanos / 1e9, pass, warmUp, results);
    }

    /**
     * Whether the byline names one of the labelled authors: a byline often carries more ("Luca
     * Monaco, Rome"), and a label may list co-authors the page leaves out, so one name found is right.
     */
    static boolean namesAnAuthor(List<String> byline, JsonNode authors) {
        String ours = snippetForm(String.join(" ; ", byline));
        if (ours.isBlank()) return false;
        for (JsonNode a : authors) {
            String name = snippetForm(a.asText());
            if (!name.isBlank() && ours.contains(name)) return true;
        }
        return false;
    }

    /** The manifest's cases by name, the first {@code limit} of them when it is positive. */
    static List<String> caseNames(JsonNode cases, int limit) {
        List<String> names = new ArrayList<>();
        cases.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return limit > 0 && names.size() > limit ? names.subList(0, limit) : names;
    }

    /** A case's page in the form the mode reads: the crawled HTML, or its naive text dump. */
    static RawInput input(Path dir, String name, Mode mode) throws IOException {
        return mode == Mode.HTML ? RawInput.of(name + ".html", gunzip(dir.resolve(name + ".html.gz")))
                : RawInput.of(name + ".txt", Files.readAllBytes(dir.resolve(name + ".raw.txt")));
    }

    /** Pages extracted once, untimed, before the timed pass. */
    private static final int WARM_UP_PAGES = 100;

    /**
     * The JIT compiles the hot paths during the first few hundred pages; a long-running pipeline
     * works compiled, so the throughput figure is taken after a short untimed pass (the scores are
     * unaffected: the timed pass extracts every page again).
     */
    private int warmUp(List<String> names, Path dir, Mode mode) throws IOException {
        int n = Math.min(WARM_UP_PAGES, names.size());
        for (String name : names.subList(0, n)) {
            try {
                pipeline.extract(input(dir, name, mode));
            } catch (RuntimeException | StackOverflowError e) {
                // scored in the timed pass
            }
        }
        return n;
    }

    public static void print(Report r, PrintStream out) {
        out.printf(Locale.ROOT, "pages %d  word P %.3f  R %.3f  F1 %.3f%n", r.pages(), r.precision(), r.recall(), r.f1());
        for (Map.Entry<String, double[]> g : r.groups().entrySet()) {
            double[] v = g.getValue();
            out.printf(Locale.ROOT, "  %-14s n=%4d  P %.3f  R %.3f  F1 %.3f%n", g.getKey(), (int) v[3], v[0] / v[3], v[1] / v[3], v[2] / v[3]);
        }
        int tp = r.snippetTp(), fn = r.snippetFn(), fp = r.snippetFp();
        if (tp + fn + fp > 0) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp), rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            out.printf(Locale.ROOT, "snippets  P %.3f  R %.3f  F1 %.3f  (tp %d, fn %d, fp %d)%n", p, rec,
                    p + rec == 0 ? 0 : 2 * p * rec / (p + rec), tp, fn, fp);
        }
        if (r.titleTotal() > 0) out.printf(Locale.ROOT, "title right %d/%d (%.3f)%n", r.titleRight(), r.titleTotal(), (double) r.titleRight() / r.titleTotal());
        if (r.dateTotal() > 0) out.printf(Locale.ROOT, "published date right %d/%d (%.3f)%n", r.dateRight(), r.dateTotal(), (double) r.dateRight() / r.dateTotal());
        if (r.authorTotal() > 0) out.printf(Locale.ROOT, "author found %d/%d (%.3f)%n", r.authorRight(), r.authorTotal(), (double) r.authorRight() / r.authorTotal());
        out.printf(Locale.ROOT, "throughput %.1f pages per CPU-second (%.2f CPU-s for extraction, start-up and an untimed "
                + "warm-up over the first %d pages excluded)%n", r.pages() / Math.max(1e-9, r.cpuSeconds()), r.cpuSeconds(), r.warmUpPages());
        PassCost c = r.pass();
        out.printf(Locale.ROOT, "  with the collector counted: %.1f pages per CPU-second (+%.2f s of collection); the whole process over "
                + "the pass %.2f CPU-s: reading and scoring the pages %.2f, other threads %.2f (the JIT compiler reports %.2f s of "
                + "compiling)%n", r.pages() / Math.max(1e-9, r.cpuSeconds() + c.collection()), c.collection(), c.process(),
                Math.max(0, c.loop() - r.cpuSeconds()), Math.max(0, c.process() - c.loop()), c.compiler());
    }

    /** trafilatura's comparison form: NFKC, unified quotes and dashes, collapsed white space, case-folded. */
    static String snippetForm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[‘’ʼ`´]", "'").replaceAll("[“”«»„]", "\"")
                .replaceAll("[‐‑‒–—―]", "-").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }
}
