package dev.silkroute.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxFeederTest {
    @TempDir Path inbox;

    @Test
    void movesAtMostABatchOfReadyFilesIntoWork() throws Exception {
        for (int i = 0; i < 25; i++) drop("page-" + i + ".html", 60);
        InboxFeeder feeder = new InboxFeeder(inbox, 10, 1000);

        assertEquals(10, feeder.feed());
        assertEquals(10, countFiles(feeder.workDir()));
        assertEquals(15, countFiles(inbox));
    }

    @Test
    void feedsOnlyWhatTheWorkFolderHasRoomFor() throws Exception {
        for (int i = 0; i < 25; i++) drop("page-" + i + ".html", 60);
        InboxFeeder feeder = new InboxFeeder(inbox, 10, 1000);
        feeder.feed();

        // nothing was consumed, so the next feed has no room
        assertEquals(0, feeder.feed());
        // the pipeline takes four: four more come in
        try (Stream<Path> s = Files.list(feeder.workDir())) {
            for (Path p : s.limit(4).toList()) Files.delete(p);
        }
        assertEquals(4, feeder.feed());
    }

    @Test
    void leavesFilesBeingWrittenHiddenFilesAndFoldersInTheInbox() throws Exception {
        drop("partial.html.part", 60);
        drop("upload.tmp", 60);
        drop(".hidden.html", 60);
        drop("just-written.html", 0);
        Files.createDirectory(inbox.resolve("a-folder"));
        drop("ready.html", 60);
        InboxFeeder feeder = new InboxFeeder(inbox, 10, 1000);

        assertEquals(1, feeder.feed());
        assertTrue(Files.exists(feeder.workDir().resolve("ready.html")));
        for (String name : new String[] {"partial.html.part", "upload.tmp", ".hidden.html", "just-written.html", "a-folder"}) {
            assertTrue(Files.exists(inbox.resolve(name)), name + " should still be in the inbox");
        }
    }

    @Test
    void aNameStillInFlightIsNotOverwritten() throws Exception {
        InboxFeeder feeder = new InboxFeeder(inbox, 10, 1000);
        Files.createDirectories(feeder.workDir());
        Files.writeString(feeder.workDir().resolve("same.txt"), "first drop");
        drop("same.txt", 60);

        assertEquals(0, feeder.feed());
        assertEquals("first drop", Files.readString(feeder.workDir().resolve("same.txt")));
        assertTrue(Files.exists(inbox.resolve("same.txt")), "the second drop waits for the first to finish");
    }

    @Test
    void aSymlinkIsMovedAsALinkNotFollowed() throws Exception {
        Path outside = Files.createTempFile("outside", ".txt");
        try {
            Path link = inbox.resolve("link.txt");
            Files.createSymbolicLink(link, outside);
            Files.setLastModifiedTime(outside, FileTime.from(Instant.now().minusSeconds(60)));
            InboxFeeder feeder = new InboxFeeder(inbox, 10, 0);

            assertEquals(1, feeder.feed());
            assertTrue(Files.isSymbolicLink(feeder.workDir().resolve("link.txt")), "the link itself moved; the pipeline refuses it there");
            assertTrue(Files.exists(outside), "the target outside the inbox is untouched");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private void drop(String name, int secondsAgo) throws Exception {
        Path p = inbox.resolve(name);
        Files.writeString(p, "<p>text</p>");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    private static long countFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }
}
