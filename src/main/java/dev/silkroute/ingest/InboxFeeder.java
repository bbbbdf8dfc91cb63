package dev.silkroute.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Hands files from the inbox to the pipeline a batch at a time, so that 20,000 waiting files never
 * mean 20,000 directory entries read on every poll: it walks the inbox lazily (a directory stream,
 * not a listing), stops after a batch of ready files, and renames each into {@code .work/}, which the
 * route consumes. A rename is atomic on one file system, so a crash leaves a file either in the
 * inbox or in {@code .work/}, and both are picked up again.
 */
public final class InboxFeeder {
    /** Files handed to the pipeline at a time; the route's {@code maxMessagesPerPoll} takes as many per poll. */
    public static final int BATCH = 200;
    private final Path inbox;
    private final Path work;
    private final int batch;
    private final long minAgeMs;

    public InboxFeeder(Path inbox, int batch, long minAgeMs) {
        this.inbox = inbox;
        this.work = workDir(inbox);
        this.batch = batch;
        this.minAgeMs = minAgeMs;
    }

    public Path workDir() {
        return work;
    }

    /** The folder of an inbox where the files handed to the pipeline wait. */
    public static Path workDir(Path inbox) {
        return inbox.resolve(".work");
    }

    /** Moves up to a batch of ready files into {@code .work/} when it has room; returns how many. */
    public int feed() throws IOException {
        Files.createDirectories(work);
        int room = batch - count(work, batch);
        if (room <= 0) return 0;
        int moved = 0;
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path p : entries) {
                if (moved >= room) break;
                String name = p.getFileName().toString();
                if (!ready(name)) continue;
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isDirectory()) continue;
                // a file still being written (or just renamed in) waits for the next feed
                if (now - a.lastModifiedTime().toMillis() < minAgeMs) continue;
                Path target = work.resolve(name);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) continue; // the same name is still in flight
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                moved++;
            }
        }
        return moved;
    }

    private static boolean ready(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".tmp") && !lower.endsWith(".part");
    }

    private static int count(Path dir, int atMost) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.getFileName().toString().startsWith(".")) continue;
                if (++n >= atMost) break;
            }
        }
        return n;
    }
}
