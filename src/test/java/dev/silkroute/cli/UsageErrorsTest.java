package dev.silkroute.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Mistakes on the command line are usage errors (exit 2) that say what to give, before any model loads; not stack traces. */
class UsageErrorsTest {

    private static String run(int expectedCode, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Silkroute.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(expectedCode, cl.execute(args), err.toString());
        return err.toString();
    }

    /** {@link #run} with {@code home} as the install directory, whose config/ the settings are read from. */
    private static String runAtHome(Path home, int expectedCode, String... args) {
        String before = System.getProperty("silkroute.home");
        try {
            System.setProperty("silkroute.home", home.toString());
            return run(expectedCode, args);
        } finally {
            if (before == null) System.clearProperty("silkroute.home"); else System.setProperty("silkroute.home", before);
        }
    }

    @Test
    void aFolderThatIsNoLabelledSetIsAUsageErrorThatSaysWhatOneHolds(@TempDir Path dir) {
        String err = run(2, "bench", "extraction", dir.toString());
        assertTrue(err.contains("is not a labelled set: it needs manifest.json and cases/"), err);
        err = run(2, "eval", "extraction", dir.resolve("missing").toString());
        assertTrue(err.contains("is not a labelled set"), err);
    }

    @Test
    void anUnknownModeIsAUsageErrorNamingTheModes(@TempDir Path dir) {
        String err = run(2, "bench", "extraction", dir.toString(), "--mode", "xml");
        assertTrue(err.contains("expected one of [HTML, TEXT]"), err);
    }

    @Test
    void noTimedRoundIsAUsageError(@TempDir Path set) throws Exception {
        Files.writeString(set.resolve("manifest.json"), "{\"cases\": {}}");
        Files.createDirectories(set.resolve("cases"));
        String err = run(2, "bench", "extraction", set.toString(), "--rounds", "0", "--mode", "text");
        assertTrue(err.contains("--rounds must be 1 or more"), err);
    }

    @Test
    void aMissingFileOrFolderIsNamed(@TempDir Path dir) {
        String missing = dir.resolve("none.txt").toString();
        assertTrue(run(2, "entities", missing).contains("no such file: " + missing), missing);
        assertTrue(run(2, "eval", "language", missing).contains("no such file: " + missing), missing);
        assertTrue(run(2, "eval", "entities", missing, dir.toString()).contains("no such folder: " + missing), missing);
    }

    @Test
    void aDrillOfNoFilesIsAUsageError() {
        assertTrue(run(2, "verify", "load", "--files", "-5").contains("--files must be 1 or more"));
        assertTrue(run(2, "verify", "crash", "--files", "10", "--kills", "-1").contains("--kills 0 or more"));
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsSaidInOneLine(@TempDir Path dir) throws Exception {
        Path notADatabase = Files.writeString(dir.resolve("silkroute.db"), "these bytes are no SQLite database");
        String err = run(1, "status", "--db", notADatabase.toString());
        assertTrue(err.startsWith("silkroute: cannot open the database " + notADatabase.toAbsolutePath()), err);
        assertTrue(!err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void statusOfADatabaseNotYetCreatedCreatesNothing(@TempDir Path dir) {
        Path db = dir.resolve("later/silkroute.db");
        run(0, "status", "--db", db.toString());
        assertTrue(!Files.exists(db) && !Files.exists(db.getParent()), "status only looks");
    }

    @Test
    void aLanguageSetWithABadLineNamesTheLine(@TempDir Path dir) throws Exception {
        Path set = Files.writeString(dir.resolve("set.jsonl"), "{\"lang\": \"en\", \"text\": \"The port grew.\"}\n{not json\n");
        String err = run(2, "eval", "language", set.toString());
        assertTrue(err.contains(set + " line 2: not a JSON object"), err);
    }

    @Test
    void aManifestThatIsNoManifestIsSaid(@TempDir Path set) throws Exception {
        Files.createDirectories(set.resolve("cases"));
        Files.writeString(set.resolve("manifest.json"), "{\"pages\": []}");
        String err = run(2, "eval", "extraction", set.toString());
        assertTrue(err.contains("cannot be read as a manifest: it has no \"cases\" object"), err);
        Files.writeString(set.resolve("manifest.json"), "{cases: ");
        assertTrue(run(2, "bench", "extraction", set.toString()).contains("cannot be read as a manifest"));
    }

    @Test
    void anEntityAnnotationWithoutItsTextIsSaid(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold")), texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(gold.resolve("a.json"), "{\"entities\": []}");
        assertTrue(run(2, "eval", "entities", gold.toString(), texts.toString()).contains("no text for a: expected "));
        Files.writeString(gold.resolve("a.json"), "{bad");
        assertTrue(run(2, "eval", "entities", gold.toString(), texts.toString()).contains("a.json is not JSON"));
    }

    @Test
    void theServiceDoesNotStartOnASourcesFileThatDoesNotParse(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/sources.yaml"), "sources:\n  - name: x\n    start_urls: [\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        String before = System.getProperty("silkroute.home");
        int code;
        try {
            System.setProperty("silkroute.home", home.toString());
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            code = Silkroute.commandLine().execute("run", "--inbox", home.resolve("inbox").toString(), "--db",
                    home.resolve("data/silkroute.db").toString());
        } finally {
            System.setErr(original);
            if (before == null) System.clearProperty("silkroute.home"); else System.setProperty("silkroute.home", before);
        }
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, code, said);
        assertTrue(said.contains("silkroute run: cannot start: ") && said.contains("sources.yaml is not valid YAML (line "), said);
        assertTrue(!Files.exists(home.resolve("data/silkroute.db")), "it stopped before opening the database");
    }

    @Test
    void aSettingThatIsNoNumberIsNamedWithWhereToFixIt(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/application.properties"), "silkroute.max-bytes=50 MB\n");
        Path page = Files.writeString(home.resolve("page.txt"), "The railway port handled more freight trains this year.");
        String err = runAtHome(home, 2, "ingest", "--db", home.resolve("data/silkroute.db").toString(), page.toString());
        assertTrue(err.contains("setting silkroute.max-bytes is '50 MB', not a whole number") && err.contains("SILKROUTE_MAX_BYTES"), err);
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsSaid(@TempDir Path dir) throws Exception {
        Path aFile = Files.writeString(dir.resolve("taken"), "a file where the folder should go");
        String err = run(2, "extract", "seeds/001_b97cf85d32925c25.txt", "--out", aFile.resolve("out").toString());
        assertTrue(err.contains("cannot be made") && err.contains("give a folder you can write to"), err);
    }
}
