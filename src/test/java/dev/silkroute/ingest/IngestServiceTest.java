package dev.silkroute.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.intake.InputRejected;
import dev.silkroute.store.Database;
import dev.silkroute.store.DocumentStore;
import dev.silkroute.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
    @TempDir
    Path tmp;

    private IngestService service(Duration limit) {
        Settings s = Settings.defaults(Path.of("")).with(Settings.DB, tmp.resolve("s.db").toString());
        Database db = Components.database(s);
        return new IngestService(Components.pipeline(s), new DocumentStore(db), s.maxBytes(), limit);
    }

    @Test
    void aPageThatTakesLongerThanTheTimeLimitIsRefusedAndNotStored() throws Exception {
        IngestService ingest = service(Duration.ofMillis(1));
        byte[] page = Files.readAllBytes(Seeds.pages().get(0));
        InputRejected e = assertThrows(InputRejected.class, () -> ingest.ingest("slow.txt", page));
        assertEquals("timeout", e.reason());
        assertTrue(e.getMessage().contains("silkroute.max-seconds-per-file"), e.getMessage());
    }

    @Test
    void theSamePageWithinTheLimitIsStoredOnceAndThenADuplicate() throws Exception {
        IngestService ingest = service(Duration.ofSeconds(60));
        byte[] page = Files.readAllBytes(Seeds.pages().get(0));
        assertEquals("stored", ingest.ingest("a.txt", page).outcome());
        assertEquals("duplicate", ingest.ingest("b.txt", page).outcome());
    }

    @Test
    void aSymlinkAndAnOversizedFileAreRefusedBeforeTheyAreRead() throws Exception {
        IngestService ingest = service(Duration.ofSeconds(60));
        Path target = Files.writeString(tmp.resolve("target.txt"), "x");
        Path link = Files.createSymbolicLink(tmp.resolve("link.txt"), target);
        assertEquals("symlink", assertThrows(InputRejected.class, () -> ingest.checkFile(link.toString())).reason());
        Settings s = Settings.defaults(Path.of("")).with(Settings.DB, tmp.resolve("t.db").toString());
        IngestService small = new IngestService(Components.pipeline(s), new DocumentStore(Components.database(s)), 10, Duration.ofSeconds(5));
        Path big = Files.writeString(tmp.resolve("big.txt"), "more than ten bytes");
        assertEquals("too-large", assertThrows(InputRejected.class, () -> small.checkFile(big.toString())).reason());
    }
}
