package dev.silkroute.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import dev.silkroute.testing.Inbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database failing under the service: locked by another writer, full, deleted while running. No file is lost. */
class DatabaseFaultTest {
    @TempDir
    Path tmp;
    Path inbox;
    Path db;
    Service service;
    Inbox box;

    @BeforeEach
    void paths() {
        inbox = tmp.resolve("inbox");
        db = tmp.resolve("data/silkroute.db");
        box = new Inbox(inbox, db);
    }

    private void start() throws Exception {
        start(Settings.DB_MAX_MB, "0");
    }

    /** Starts the service with test timings and the given setting overrides (key, value, key, value...). */
    private void start(String... overrides) throws Exception {
        Settings s = Settings.defaults(Path.of("")).with(Settings.INBOX, inbox.toString()).with(Settings.DB, db.toString())
                .with(Settings.MIN_AGE_MS, "100").with(Settings.POLL_MS, "100").with(Settings.BUSY_TIMEOUT_MS, "300")
                .with("silkroute.db.retries", "3").with("silkroute.db.retry-delay-ms", "300");
        for (int i = 0; i + 1 < overrides.length; i += 2) s = s.with(overrides[i], overrides[i + 1]);
        service = new Service(s).configure();
        service.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) service.stop();
    }

    @Test
    void aFileArrivingWhileAnotherWriterHoldsTheLockIsRetriedAndStored() throws Exception {
        start();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            drop("while-locked.txt", "A page dropped while another program held the database's write lock.");
            Thread.sleep(1500); // the first attempts fail on the lock
            st.execute("COMMIT");
        }
        assertTrue(box.waitEmpty(30), "the file leaves the inbox");
        assertEquals(1, box.count("SELECT COUNT(*) FROM documents WHERE source_file = 'while-locked.txt'"), "stored after a retry");
        assertTrue(Files.exists(doneDir().resolve("while-locked.txt")));
    }

    @Test
    void aFileThatOutlastsTheRetriesIsQuarantinedWithTheDatabaseMessageAndLandsWhenDroppedAgain() throws Exception {
        start();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            drop("locked-out.txt", "A page dropped while another program held the database's write lock for long.");
            assertTrue(box.waitEmpty(30), "the file leaves the inbox even while the database is locked");
            st.execute("COMMIT");
        }
        Path failed = inbox.resolve(".failed");
        assertTrue(Files.exists(failed.resolve("locked-out.txt")), "the file is kept in .failed/, not lost");
        JsonNode report = new ObjectMapper().readTree(failed.resolve("locked-out.txt.error.json").toFile());
        assertEquals("database-error", report.get("error").asText());
        assertTrue(report.get("message").asText().toLowerCase().contains("lock"), "the message says the database was locked: " + report);
        assertTrue(report.get("message").asText().contains("drop the file again"), "and what to do");

        Files.move(failed.resolve("locked-out.txt"), inbox.resolve("locked-out.txt"));
        assertTrue(box.waitEmpty(30));
        assertEquals(1, box.count("SELECT COUNT(*) FROM documents WHERE source_file = 'locked-out.txt'"), "re-dropped, it is stored");
    }

    @Test
    void aDatabaseDeletedWhileRunningIsRecreatedAndTheNextFileIsStoredInIt() throws Exception {
        start();
        drop("before.txt", "A page stored before the database file was deleted by mistake.");
        assertTrue(box.waitEmpty(30));
        assertEquals(1, box.count("SELECT COUNT(*) FROM documents"));
        for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(db + suffix));

        drop("after.txt", "A page dropped after the database file was deleted while the service ran.");
        assertTrue(box.waitEmpty(30));
        assertEquals(1, box.count("SELECT COUNT(*) FROM documents WHERE source_file = 'after.txt'"), "stored in the new database");
        assertTrue(Files.exists(doneDir().resolve("after.txt")));
    }

    @Test
    void aFullDatabaseFailsTheFileInFlightWithTheReasonAndSmallerFilesStillLand() throws Exception {
        // a 1 MB cap makes SQLite answer SQLITE_FULL exactly as it does on a full disk
        start(Settings.DB_MAX_MB, "1", "silkroute.db.retries", "1");
        StringBuilder big = new StringBuilder("A long report on the corridor\n\n");
        for (int i = 0; big.length() < 600_000; i++) {
            big.append("Paragraph ").append(i).append(": freight trains number ").append(i * 7919 % 100_003)
                    .append(" crossed the border station on schedule, and the customs office cleared ").append(i * 31 % 977)
                    .append(" containers of machinery, cotton and fruit before noon, officials said.\n\n");
        }
        box.drop("too-big-for-the-disk.txt", big.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(box.waitEmpty(60), "the file leaves the inbox");

        Path failed = inbox.resolve(".failed");
        assertTrue(Files.exists(failed.resolve("too-big-for-the-disk.txt")), "kept in .failed/, not lost");
        JsonNode report = new ObjectMapper().readTree(failed.resolve("too-big-for-the-disk.txt.error.json").toFile());
        assertEquals("database-full", report.get("error").asText());
        assertTrue(report.get("message").asText().contains("free disk space"), "it says what to do: " + report);
        assertEquals(0, box.count("SELECT COUNT(*) FROM documents"), "no half-written document");

        drop("small.txt", "A short page that still fits after the large one was refused.");
        assertTrue(box.waitEmpty(30));
        assertEquals(1, box.count("SELECT COUNT(*) FROM documents WHERE source_file = 'small.txt'"));
    }

    private Path doneDir() {
        return inbox.resolve(".done").resolve(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }

    private void drop(String name, String lead) throws Exception {
        String text = "Title of " + name + "\n\n" + lead + " The railway between the two cities opened last year and now "
                + "carries freight every day, officials said, and trade along the corridor has grown by a third.\n";
        box.drop(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
