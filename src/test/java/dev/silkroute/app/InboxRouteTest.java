package dev.silkroute.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.silkroute.eval.WordOverlap;
import dev.silkroute.testing.Inbox;
import dev.silkroute.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole service as an operator runs it: the YAML routes from {@code routes/}, a real inbox
 * folder and a real SQLite file, seeds dropped in and checked against their gold labels.
 */
class InboxRouteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path inbox;
    Path db;
    Service service;
    CamelContext camel;

    @BeforeEach
    void start() throws Exception {
        inbox = tmp.resolve("inbox");
        db = tmp.resolve("data/silkroute.db");
        Settings s = Settings.defaults(Path.of("")).with(Settings.INBOX, inbox.toString()).with(Settings.DB, db.toString())
                .with(Settings.MIN_AGE_MS, "100").with(Settings.POLL_MS, "100");
        service = new Service(s).configure();
        camel = service.start();
    }

    @AfterEach
    void stop() throws Exception {
        service.stop();
    }

    @Test
    void seedsDroppedInTheInboxBecomeFiveDocumentsMatchingTheirGold() throws Exception {
        List<Path> seeds = Seeds.pages();
        assertEquals(5, seeds.size());
        drop(seeds);
        assertTrue(done(5), "all five seeds are processed");

        assertEquals(5, count("SELECT COUNT(*) FROM documents"));
        for (Path seed : seeds) {
            String name = seed.getFileName().toString();
            JsonNode gold = Seeds.gold(name);
            JsonNode record = record(name);
            assertEquals(gold.get("title").asText(), record.get("title").asText(), name + " title");
            String text = record.get("text").asText();
            double f1 = WordOverlap.score(text, gold.get("body").asText()).f1();
            assertTrue(f1 >= 0.98, name + " body F1 " + f1);
            for (String line : Seeds.linesLabelled(gold, "boilerplate", "title-duplicate", "caption-duplicate", "caption")) {
                assertFalse(text.contains(line), name + " must not keep '" + line + "'");
            }
            if (gold.hasNonNull("published")) {
                assertEquals(gold.get("published").asText(), record.get("published").asText(), name + " published");
            }
            assertTrue(Files.exists(inbox.resolve(".done").resolve(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
                    .resolve(name)), name + " moved to .done/DATE/");
        }

        JsonNode mixed = record("002_c15d0e28d81f856b.txt");
        boolean chineseKeptAsZh = false;
        for (JsonNode p : mixed.get("paragraphs")) {
            String para = mixed.get("text").asText().codePoints().skip(p.get("start").asInt())
                    .limit(p.get("end").asInt() - p.get("start").asInt())
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (para.startsWith("泉州市政协")) chineseKeptAsZh = p.get("lang").asText().equals("zh");
        }
        assertTrue(chineseKeptAsZh, "seed 002's Chinese paragraph is kept and tagged zh");
        assertEquals("en", mixed.get("language").asText());

        JsonNode footer = record("004_41d764496b5b44fe.txt");
        assertFalse(footer.get("text").asText().contains("主办"), "seed 004's Chinese footer is removed");
        assertTrue(count("SELECT COUNT(*) FROM removed_blocks WHERE document_id = '" + footer.get("id").asText()
                + "' AND reason = 'licence'") == 1, "the ICP line is in the removal ledger as a licence line");

        // the same bytes again, under another name: no second document, a duplicate event
        Files.copy(seeds.get(1), inbox.resolve("again-" + seeds.get(1).getFileName()));
        assertTrue(done(1), "the copy is processed");
        assertEquals(5, count("SELECT COUNT(*) FROM documents"));
        assertEquals(1, count("SELECT COUNT(*) FROM ingest_events WHERE outcome = 'duplicate'"));
    }

    @Test
    void badInputIsQuarantinedWithAReportAndTheNextGoodFileIsStillStored() throws Exception {
        Files.write(inbox.resolve("empty.html"), new byte[0]);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Files.write(inbox.resolve("random.html"), random);
        byte[] broken = "Title line\n\nA body paragraph that is long enough to be text, with commas, and a stop.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = new byte[broken.length + 40];
        System.arraycopy(broken, 0, badUtf8, 0, broken.length);
        for (int i = 0; i < 40; i += 4) { // valid "é" then a stray continuation byte
            badUtf8[broken.length + i] = (byte) 0xC3; badUtf8[broken.length + i + 1] = (byte) 0xA9;
            badUtf8[broken.length + i + 2] = (byte) 0xA9; badUtf8[broken.length + i + 3] = 'x';
        }
        Files.write(inbox.resolve("broken.txt"), badUtf8);
        Files.writeString(inbox.resolve("report.pdf"), "%PDF-1.4 not really");
        assertTrue(done(4), "all four bad files are handled");
        Files.copy(Seeds.pages().get(3), inbox.resolve("good.txt"));
        assertTrue(done(1), "the good file after them is handled");

        Path failed = inbox.resolve(".failed");
        for (String[] expect : new String[][]{{"empty.html", "empty"}, {"random.html", "binary"},
                {"broken.txt", "invalid-utf8"}, {"report.pdf", "unsupported-type"}}) {
            assertTrue(Files.exists(failed.resolve(expect[0])), expect[0] + " is in .failed/");
            JsonNode report = JSON.readTree(failed.resolve(expect[0] + ".error.json").toFile());
            assertEquals(expect[1], report.get("error").asText(), expect[0] + " reason");
            assertEquals(expect[0], report.get("file").asText());
            assertFalse(report.get("message").asText().isBlank());
            assertTrue(report.hasNonNull("time") && report.has("stage") && report.has("sha256"));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM documents"), "the good file is stored");
        assertEquals(4, count("SELECT COUNT(*) FROM ingest_events WHERE outcome = 'failed'"));
    }

    private void drop(List<Path> files) throws Exception {
        for (Path f : files) {
            // write, then rename: the documented way to drop a file
            Path part = inbox.resolve(f.getFileName() + ".part");
            Files.copy(f, part);
            Files.move(part, inbox.resolve(f.getFileName().toString()));
        }
    }

    private boolean done(int n) {
        return new NotifyBuilder(camel).fromRoute("inbox").whenDone(n).create().matches(60, TimeUnit.SECONDS)
                && waitInboxEmpty();
    }

    private boolean waitInboxEmpty() {
        try {
            return new Inbox(inbox, db).waitEmpty(10);
        } catch (Exception e) {
            return false;
        }
    }

    private long count(String sql) throws Exception {
        return new Inbox(inbox, db).count(sql);
    }

    private JsonNode record(String sourceFile) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT record FROM documents WHERE source_file = ?")) {
            ps.setString(1, sourceFile);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sourceFile + " is stored");
                return JSON.readTree(rs.getString(1));
            }
        }
    }
}
