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

/** The speed benchmark's and the evaluation's command lines: mistakes are usage errors that say what to give. */
class BenchCommandTest {

    private static String run(int expectedCode, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Silkroute.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(expectedCode, cl.execute(args), err.toString());
        return err.toString();
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
}
