package dev.silkroute.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.silkroute.intake.RawInput;
import dev.silkroute.pipeline.Json;
import dev.silkroute.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Extraction speed in the steady state of a long-running pipeline: every page of a set is read into
 * memory once, extracted in untimed warm-up rounds until the JIT has compiled the hot paths, then in
 * timed rounds, each timed by the extracting thread's CPU time and the bytes it allocates. The
 * evaluation's single pass measures a short run instead, in which the JIT compiles while the pages
 * are timed; both figures are honest, for different questions.
 */
public final class ExtractionBenchmark {

    /**
     * One timed round over every page.
     * @param cpuSeconds the extracting thread's CPU time
     * @param processCpuSeconds the whole process's over the round: the JIT compiler's and the collector's threads too
     */
    public record Round(int pages, int failed, double cpuSeconds, double processCpuSeconds, long allocatedBytes,
                        double collectionSeconds, double compilerSeconds) {
        public double pagesPerCpuSecond() {
            return pages / Math.max(1e-9, cpuSeconds);
        }

        public double pagesPerProcessCpuSecond() {
            return pages / Math.max(1e-9, processCpuSeconds);
        }

        public double pagesPerCpuSecondWithCollection() {
            return pages / Math.max(1e-9, cpuSeconds + collectionSeconds);
        }

        public double allocatedMbPerPage() {
            return allocatedBytes / 1e6 / Math.max(1, pages);
        }
    }

    /** The timed rounds, the warm-up's compiling time and the heap's peak over the whole run. */
    public record Report(int pages, long inputBytes, int warmUpRounds, double warmUpCompilerSeconds, List<Round> rounds,
                         long peakHeapBytes) {
        public double medianPagesPerCpuSecond() {
            return median(rounds.stream().mapToDouble(Round::pagesPerCpuSecond).sorted().toArray());
        }
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) return 0;
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private final Pipeline pipeline;

    public ExtractionBenchmark(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The set's pages in the mode's form, read once so that no round times the disk. */
    public static List<RawInput> load(Path setDir, ExtractionEvaluation.Mode mode, int limit) throws IOException {
        JsonNode cases = Json.MAPPER.readTree(setDir.resolve("manifest.json").toFile()).get("cases");
        List<String> names = ExtractionEvaluation.caseNames(cases, limit);
        List<RawInput> pages = new ArrayList<>(names.size());
        for (String name : names) pages.add(ExtractionEvaluation.input(setDir.resolve("cases"), name, mode));
        return pages;
    }

    /**
     * Runs {@code warmUpRounds} untimed and {@code rounds} timed passes over the pages, telling
     * {@code warmingUp} each warm-up round's number and {@code progress} each timed round as it ends
     * (a round over the dev set takes several seconds).
     */
    public Report run(List<RawInput> pages, int warmUpRounds, int rounds, IntConsumer warmingUp, Consumer<Round> progress) {
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long compiler0 = CpuClock.compilerMillis();
        for (int i = 0; i < warmUpRounds; i++) {
            round(pages);
            warmingUp.accept(i + 1);
        }
        double warmUpCompiler = (CpuClock.compilerMillis() - compiler0) / 1e3;
        List<Round> timed = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Round r = round(pages);
            timed.add(r);
            progress.accept(r);
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        return new Report(pages.size(), bytes, warmUpRounds, warmUpCompiler, timed, peak);
    }

    private Round round(List<RawInput> pages) {
        var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long gc0 = CpuClock.collectionMillis(), compiler0 = CpuClock.compilerMillis(), process0 = CpuClock.processNanos();
        long alloc0 = thread.getCurrentThreadAllocatedBytes(), cpu0 = thread.getCurrentThreadCpuTime();
        int failed = 0;
        for (RawInput page : pages) {
            try {
                pipeline.extract(page);
            } catch (RuntimeException | StackOverflowError e) {
                failed++; // a page the pipeline refuses costs its time all the same
            }
        }
        long cpu = thread.getCurrentThreadCpuTime() - cpu0, alloc = thread.getCurrentThreadAllocatedBytes() - alloc0;
        double process = (CpuClock.processNanos() - process0) / 1e9;
        return new Round(pages.size(), failed, cpu / 1e9, process, alloc, (CpuClock.collectionMillis() - gc0) / 1e3,
                (CpuClock.compilerMillis() - compiler0) / 1e3);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    public static void printRound(int number, Round r, PrintStream out) {
        out.printf(Locale.ROOT, "round %d: %.1f pages per CPU-second of the extracting thread (%.2f CPU-s; %.1f with the "
                        + "collector's %.2f s), %.1f of the whole process (%.2f CPU-s, JIT compiling %.2f s), %.2f MB allocated "
                        + "per page%s%n", number, r.pagesPerCpuSecond(), r.cpuSeconds(), r.pagesPerCpuSecondWithCollection(),
                r.collectionSeconds(), r.pagesPerProcessCpuSecond(), r.processCpuSeconds(), r.compilerSeconds(),
                r.allocatedMbPerPage(), r.failed() > 0 ? ", " + r.failed() + " pages failed" : "");
    }

    public static void printSummary(Report r, PrintStream out) {
        double[] v = r.rounds().stream().mapToDouble(Round::pagesPerCpuSecond).sorted().toArray();
        double[] process = r.rounds().stream().mapToDouble(Round::pagesPerProcessCpuSecond).sorted().toArray();
        if (v.length == 0) {
            out.println("no timed round");
            return;
        }
        out.printf(Locale.ROOT, "steady state: median %.1f pages per CPU-second of the extracting thread over %d rounds "
                        + "(min %.1f, max %.1f); of the whole process, median %.1f (min %.1f, max %.1f)%n",
                r.medianPagesPerCpuSecond(), v.length, v[0], v[v.length - 1], median(process), process[0],
                process[process.length - 1]);
        out.printf(Locale.ROOT, "warm-up: %d untimed round%s, JIT compiling %.2f s; peak heap %d MB with %d pages (%.1f MB) "
                        + "held in memory%n", r.warmUpRounds(), r.warmUpRounds() == 1 ? "" : "s", r.warmUpCompilerSeconds(),
                r.peakHeapBytes() >> 20, r.pages(), r.inputBytes() / 1e6);
    }
}
