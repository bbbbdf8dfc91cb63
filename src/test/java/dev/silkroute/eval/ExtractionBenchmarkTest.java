package dev.silkroute.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.intake.RawInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speed benchmark over a set of two pages in the layout of ../shared/eval, one of which the pipeline refuses. */
class ExtractionBenchmarkTest {
    private static final String PAGE = "<html><head><title>Freight record at the border</title></head><body><article>"
            + "<h1>Freight record at the border</h1>"
            + "<p>The railway port handled more freight trains this year than in any year before, officials said on Monday.</p>"
            + "</article></body></html>";

    @Test
    void eachTimedRoundExtractsEveryPageAndCountsTheRefusedOnes(@TempDir Path set) throws Exception {
        Path cases = Files.createDirectories(set.resolve("cases"));
        Files.writeString(set.resolve("manifest.json"), "{\"cases\": {\"a\": {}, \"b\": {}, \"c\": {}}}");
        gzip(cases.resolve("a.html.gz"), PAGE.getBytes(StandardCharsets.UTF_8));
        gzip(cases.resolve("b.html.gz"), new byte[] {0, 1, 2, 0, 3}); // binary: refused by the decoder
        gzip(cases.resolve("c.html.gz"), PAGE.getBytes(StandardCharsets.UTF_8));

        List<RawInput> pages = ExtractionBenchmark.load(set, ExtractionEvaluation.Mode.HTML, 2);
        assertEquals(List.of("a.html", "b.html"), pages.stream().map(RawInput::fileName).toList(), "--limit takes the first cases by name");

        List<ExtractionBenchmark.Round> reported = new ArrayList<>();
        List<Integer> warmUps = new ArrayList<>();
        ExtractionBenchmark.Report r = new ExtractionBenchmark(Components.pipeline(Settings.defaults(set)))
                .run(pages, 2, 3, warmUps::add, reported::add);

        assertEquals(List.of(1, 2), warmUps, "each warm-up round is told as it ends");

        assertEquals(3, r.rounds().size());
        assertEquals(r.rounds(), reported, "each round is reported as it ends");
        for (ExtractionBenchmark.Round round : r.rounds()) {
            assertEquals(2, round.pages());
            assertEquals(1, round.failed());
            assertTrue(round.cpuSeconds() > 0 && round.allocatedBytes() > 0 && round.processCpuSeconds() >= 0, round.toString());
        }
        assertTrue(r.medianPagesPerCpuSecond() > 0);
        assertTrue(r.peakHeapBytes() > 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractionBenchmark.printSummary(r, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("steady state: median "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theMedianOfAnEvenNumberOfRoundsIsTheMeanOfTheMiddleTwo() {
        var rounds = List.of(round(1.0), round(0.25), round(0.5), round(2.0)); // 2, 8, 4, 1 pages per CPU-second
        var r = new ExtractionBenchmark.Report(2, 0, 0, 0, rounds, 0);
        assertEquals(3.0, r.medianPagesPerCpuSecond(), 1e-9);
    }

    private static ExtractionBenchmark.Round round(double cpuSeconds) {
        return new ExtractionBenchmark.Round(2, 0, cpuSeconds, cpuSeconds, 1, 0, 0);
    }

    private static void gzip(Path to, byte[] bytes) throws Exception {
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(to))) {
            gz.write(bytes);
        }
    }
}
