package dev.silkroute.verify;

import dev.silkroute.ingest.InboxFeeder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The invariant of the inbox, checked file by file after a drill: every dropped file is in
 * {@code .done/} with exactly one document for its bytes, or in {@code .failed/} with its report,
 * or still waiting in the inbox — and nowhere twice.
 */
public final class InboxState {
    public record Counts(int files, int stored, int failed, int waiting, int lost, int duplicated, List<String> problems) {}

    static Counts check(Path inbox, Path db, Map<String, DropCorpus.Expectation> dropped) throws IOException, SQLException {
        Map<String, Integer> inDone = new HashMap<>();
        Path done = inbox.resolve(".done");
        if (Files.isDirectory(done)) {
            try (Stream<Path> s = Files.walk(done)) {
                s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> inDone.merge(p.getFileName().toString(), 1, Integer::sum));
            }
        }
        Map<String, Integer> documents = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT id, COUNT(*) FROM documents GROUP BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) documents.put(rs.getString(1), rs.getInt(2));
        }
        int stored = 0, failed = 0, waiting = 0, lost = 0, duplicated = 0;
        List<String> problems = new java.util.ArrayList<>();
        for (DropCorpus.Expectation e : dropped.values()) {
            int places = inDone.getOrDefault(e.name(), 0);
            boolean isFailed = Files.exists(inbox.resolve(".failed").resolve(e.name()));
            boolean hasReport = Files.exists(inbox.resolve(".failed").resolve(e.name() + ".error.json"));
            boolean isWaiting = false;
            for (Path folder : waitingFolders(inbox)) isWaiting |= Files.exists(folder.resolve(e.name()));
            places += (isFailed ? 1 : 0) + (isWaiting ? 1 : 0);
            int docs = documents.getOrDefault(e.sha256(), 0);
            if (places > 1 || docs > 1) {
                duplicated++;
                problems.add(e.name() + " is in " + places + " places with " + docs + " documents");
            } else if (isWaiting) {
                waiting++;
            } else if (places == 0) {
                lost++;
                problems.add(e.name() + " is nowhere");
            } else if (isFailed) {
                if (!hasReport) { lost++; problems.add(e.name() + " is in .failed/ without its report"); }
                else if (e.shouldStore()) { lost++; problems.add(e.name() + " failed though it is a good page"); }
                else failed++;
            } else if (e.shouldStore() && docs != 1) {
                lost++;
                problems.add(e.name() + " is in .done/ but has " + docs + " documents");
            } else {
                stored++;
            }
        }
        return new Counts(dropped.size(), stored, failed, waiting, lost, duplicated, problems);
    }

    /** Files in {@code .done/} and {@code .failed/} (reports not counted). */
    static long handled(Path inbox) throws IOException {
        long n = 0;
        for (String dir : List.of(".done", ".failed")) {
            Path d = inbox.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                n += s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.toString().endsWith(".error.json")).count();
            }
        }
        return n;
    }

    /** Where dropped files wait: the inbox, and the folder the feeder hands them to the pipeline in. */
    private static List<Path> waitingFolders(Path inbox) {
        return List.of(inbox, InboxFeeder.workDir(inbox));
    }

    /** A dropped file (or link), not a folder, a hidden file nor the read-lock marker Camel keeps beside a file it reads. */
    private static boolean isWaitingFile(Path p) {
        String name = p.getFileName().toString();
        return !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".") && !name.endsWith(".camelLock");
    }

    /** The names of the files not yet handled: in the inbox, or handed to the pipeline. */
    public static List<String> waitingNames(Path inbox) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (Path folder : waitingFolders(inbox)) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(InboxState::isWaitingFile).forEach(p -> out.add(p.getFileName().toString()));
            }
        }
        return out;
    }

    static long waiting(Path inbox) throws IOException {
        return waitingNames(inbox).size();
    }

    /** True when no file waits; stops at the first one found, so polling it under a backlog stays cheap. */
    static boolean inboxEmpty(Path inbox) throws IOException {
        for (Path folder : waitingFolders(inbox)) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> s = Files.list(folder)) {
                if (s.anyMatch(InboxState::isWaitingFile)) return false;
            }
        }
        return true;
    }
}
