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

    @Test
    void aMissingCommandArgumentIsAUsageErrorWithExitTwo() {
        PrintStream originalErr = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(2, new CommandLine(new Silkroute()).execute("ingest"));
        } finally {
            System.setErr(originalErr);
        }
    }

    @Test
    void aMissingFileIsTheCallersMistakeNotABug() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Silkroute()).execute("extract", "seeds/no-such-page.html");
        } finally {
            System.setErr(originalErr);
        }
        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("seeds/no-such-page.html failed [read/not-a-file]") && !said.contains("bug"), said);
    }

    @Test
    void aRecordThatCannotBeWrittenIsTheOutputFoldersProblem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws Exception {
        java.nio.file.Files.createDirectories(out.resolve("001_b97cf85d32925c25.txt.json")); // a folder where the record goes
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Silkroute()).execute("extract", "seeds/001_b97cf85d32925c25.txt", "--out", out.toString());
        } finally {
            System.setErr(originalErr);
        }
        assertEquals(1, code);
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("[write/cannot-write]") && !said.contains("bug"), said);
    }
}
