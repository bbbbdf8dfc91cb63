package dev.silkroute.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation command over a labelled set of one page, written in the layout of ../shared/eval. */
class ExtractionEvaluationTest {
    private static final String PAGE = "<html><head><title>Freight record at the border</title></head><body><article>"
            + "<h1>Freight record at the border</h1><p>By Aigerim Nurlanovna</p>"
            + "<p>The railway port handled more freight trains this year than in any year before, officials said on Monday.</p>"
            + "<p>Traders from Kazakhstan and Uzbekistan attended the fair, which closed with agreements worth millions.</p>"
            + "</article></body></html>";

    @Test
    void titleDateAndAuthorAreScoredAgainstTheLabels(@TempDir Path set) throws Exception {
        Path cases = Files.createDirectories(set.resolve("cases"));
        Files.writeString(set.resolve("manifest.json"), "{\"cases\": {\"p1\": {\"group\": \"article\"}}}");
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(cases.resolve("p1.html.gz")))) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(cases.resolve("p1.expected.txt"), "The railway port handled more freight trains this year than in any "
                + "year before, officials said on Monday.\nTraders from Kazakhstan and Uzbekistan attended the fair, which closed "
                + "with agreements worth millions.");
        Files.writeString(cases.resolve("p1.meta.json"), "{\"title\": \"Freight record at the border\", "
                + "\"authors\": [\"Aigerim Nurlanovna\", \"A. Co-Author\"]}");

        ExtractionEvaluation.Report r = new ExtractionEvaluation(Components.pipeline(Settings.defaults(set))).run(set,
                ExtractionEvaluation.Mode.HTML, 0);

        assertEquals(1.0, r.f1(), 1e-9);
        assertEquals(1, r.titleRight());
        assertEquals(1, r.authorRight(), "one of the labelled authors is in the byline");
        assertEquals(1, r.authorTotal());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractionEvaluation.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("author found 1/1"), out.toString(StandardCharsets.UTF_8));
        // the pass's cost beyond the extraction: the evaluating thread's time holds it (the process's time is read in
        // clock ticks, too coarse for one page to compare)
        ExtractionEvaluation.PassCost pass = r.pass();
        assertTrue(r.cpuSeconds() > 0 && pass.loop() >= r.cpuSeconds() && pass.process() >= 0 && pass.collection() >= 0,
                r.cpuSeconds() + " " + pass);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("with the collector counted"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachScoredPageIsReportedAsItsProgress(@TempDir Path set) throws Exception {
        Path cases = Files.createDirectories(set.resolve("cases"));
        Files.writeString(set.resolve("manifest.json"), "{\"cases\": {\"b\": {}, \"a\": {}}}");
        for (String name : List.of("a", "b")) {
            try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(cases.resolve(name + ".html.gz")))) {
                gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
            Files.writeString(cases.resolve(name + ".expected.txt"), "The railway port handled more freight trains.");
        }
        List<String> seen = new java.util.ArrayList<>();
        new ExtractionEvaluation(Components.pipeline(Settings.defaults(set))).run(set, ExtractionEvaluation.Mode.HTML, 0,
                (done, total, name) -> seen.add(done + "/" + total + " " + name));
        assertEquals(List.of("1/2 a", "2/2 b"), seen);
    }

    @Test
    void aBylineWithoutTheLabelledNameIsWrong() throws Exception {
        JsonNode authors = dev.silkroute.pipeline.Json.MAPPER.readTree("[\"Luca Monaco\"]");
        assertTrue(ExtractionEvaluation.namesAnAuthor(List.of("Luca Monaco, Roma"), authors));
        assertFalse(ExtractionEvaluation.namesAnAuthor(List.of("Teresa Fallavollita"), authors));
        assertFalse(ExtractionEvaluation.namesAnAuthor(List.of(), authors));
    }
}
