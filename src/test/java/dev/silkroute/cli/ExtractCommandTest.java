package dev.silkroute.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExtractCommandTest {

    @Test
    void extractPrintsTheRecordOfASeedAsJsonWithEveryContractField() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Silkroute()).execute("extract", "seeds/001_b97cf85d32925c25.txt");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        JsonNode r = new ObjectMapper().readTree(buffer.toString(StandardCharsets.UTF_8));
        for (String field : List.of("id", "source_file", "url", "site", "charset", "title", "subtitle", "published", "modified",
                "source", "byline", "section", "language", "text", "paragraphs", "captions", "removed", "entities",
                "pipeline_version")) {
            assertTrue(r.has(field), "record has " + field);
        }
        assertEquals("2024-03-04T20:15", r.get("published").asText());
        assertEquals("Economy", r.get("section").asText());
        assertEquals("en", r.get("language").asText());
        assertEquals(1, r.get("captions").size());
        JsonNode p0 = r.get("paragraphs").get(0);
        String text = r.get("text").asText();
        assertEquals(text.codePointCount(0, text.indexOf("\n\n")), p0.get("end").asInt(), "offsets are code points of text");
    }

    /** What a command run printed on standard error, and its exit code. */
    private record Run(int code, String err) {}

    private static Run runCapturingErr(String... args) {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Silkroute()).execute(args);
        } finally {
            System.setErr(originalErr);
        }
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingCommandArgumentIsAUsageErrorWithExitTwo() {
        assertEquals(2, runCapturingErr("ingest").code());
    }

    @Test
    void aMissingFileIsTheCallersMistakeNotABug() {
        Run r = runCapturingErr("extract", "seeds/no-such-page.html");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("seeds/no-such-page.html failed [read/not-a-file]") && !r.err().contains("bug"), r.err());
    }

    @Test
    void aRecordThatCannotBeWrittenIsTheOutputFoldersProblem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws Exception {
        java.nio.file.Files.createDirectories(out.resolve("001_b97cf85d32925c25.txt.json")); // a folder where the record goes
        Run r = runCapturingErr("extract", "seeds/001_b97cf85d32925c25.txt", "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("[write/cannot-write]") && !r.err().contains("bug"), r.err());
    }
}
