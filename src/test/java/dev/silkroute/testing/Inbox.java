package dev.silkroute.testing;

import dev.silkroute.verify.InboxState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** An inbox and its database as an operator sees them: drop files the documented way, wait, count rows. */
public final class Inbox {
    private final Path dir;
    private final Path db;

    public Inbox(Path dir, Path db) {
        this.dir = dir;
        this.db = db;
    }

    /** Writes, then renames: the documented way to drop a file. */
    public void drop(String name, byte[] bytes) throws Exception {
        Path part = dir.resolve(name + ".part");
        Files.write(part, bytes);
        Files.move(part, dir.resolve(name));
    }

    /** The files still waiting: in the inbox, or handed to the pipeline. */
    public List<String> waiting() throws Exception {
        return InboxState.waitingNames(dir);
    }

    /** Waits until no file is waiting, then a moment for the last move to finish. */
    public boolean waitEmpty(int seconds) throws Exception {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < until) {
            if (waiting().isEmpty()) {
                Thread.sleep(200);
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    public long count(String sql, String... args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A stored document's text, by the name it was dropped under. */
    public String text(String sourceFile) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT text FROM documents WHERE source_file = ?")) {
            ps.setString(1, sourceFile);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new AssertionError(sourceFile + " is not stored");
                return rs.getString(1);
            }
        }
    }
}
