package dev.silkroute.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: created and migrated on first open (Flyway, {@code db/migration}), in WAL
 * mode so readers never block the writer, with a busy timeout so a second writer waits instead of
 * failing, and foreign keys on.
 */
public final class Database implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);
    public static final int DEFAULT_BUSY_TIMEOUT_MS = 10_000;
    private static final int PAGE_SIZE = 4096;
    private final Path file;
    private final SQLiteDataSource dataSource;
    /**
     * A connection held open for the life of the process: when the last connection to a WAL database
     * closes, SQLite checkpoints and deletes the WAL, and with a connection per document that cost
     * (an fsync) was paid for every file.
     */
    private Connection keeper;

    public Database(Path file) {
        this(file, DEFAULT_BUSY_TIMEOUT_MS);
    }

    /** @param busyTimeoutMs how long a write waits for another writer's lock before it fails */
    public Database(Path file, int busyTimeoutMs) {
        this(file, busyTimeoutMs, 0);
    }

    /**
     * @param maxSizeMb a cap on the database's size (0: none). Past it a write fails as SQLite fails on
     *     a full disk ({@code SQLITE_FULL}), so an operator can keep the pipeline from filling a shared disk.
     */
    public Database(Path file, int busyTimeoutMs, long maxSizeMb) {
        this.file = file.toAbsolutePath();
        try {
            if (this.file.getParent() != null) Files.createDirectories(this.file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the database " + this.file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMs);
        if (maxSizeMb > 0) {
            config.setPageSize(PAGE_SIZE);
            config.setMaxPageCount((int) Math.min(Integer.MAX_VALUE, maxSizeMb * 1024 * 1024 / PAGE_SIZE));
        }
        dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + this.file);
    }

    /** Applies every pending migration; returns the schema version now in force. */
    public String migrate() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .loggers("slf4j").load();
        try {
            flyway.migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            throw new DatabaseUnavailable("cannot open the database " + file + " (" + root.getMessage() + "): check the path, "
                    + "that its folder is writable and the disk has room, and that the file is a silkroute database", e);
        }
        keepOpen();
        return schemaVersion();
    }

    public String schemaVersion() {
        var info = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").loggers("slf4j").load().info();
        return info.current() == null ? "none" : info.current().getVersion().getVersion();
    }

    /**
     * A connection to the database file. If the file was deleted while the service ran, SQLite would
     * silently create an empty one without tables; instead it is created and migrated again, with a
     * warning, so the document in flight is stored rather than lost.
     */
    public Connection connect() throws SQLException {
        if (!Files.exists(file)) {
            synchronized (this) {
                if (!Files.exists(file)) {
                    LOG.warn("the database file {} is gone (deleted or moved while silkroute ran); creating and migrating a"
                            + " new one. Documents stored before are in the old file if it was moved.", file);
                    closeKeeper();
                    try {
                        if (file.getParent() != null) Files.createDirectories(file.getParent());
                    } catch (IOException e) {
                        throw new SQLException("cannot recreate the folder of the database " + file + ": " + e.getMessage(), e);
                    }
                    migrate();
                }
            }
        }
        return dataSource.getConnection();
    }

    private synchronized void keepOpen() {
        try {
            if (keeper == null || keeper.isClosed()) keeper = dataSource.getConnection();
        } catch (SQLException e) {
            LOG.warn("cannot hold a connection to {} open ({}); each write will pay for a WAL checkpoint", file, e.getMessage());
        }
    }

    private synchronized void closeKeeper() {
        if (keeper == null) return;
        try {
            keeper.close();
        } catch (SQLException e) {
            LOG.debug("closing the kept connection to {}: {}", file, e.getMessage());
        }
        keeper = null;
    }

    /** Lets go of the kept connection; the last close checkpoints the WAL into the database file. */
    @Override
    public void close() {
        closeKeeper();
    }

    public SQLiteDataSource dataSource() {
        return dataSource;
    }

    public Path file() {
        return file;
    }
}
