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
public final class Database {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);
    public static final int DEFAULT_BUSY_TIMEOUT_MS = 10_000;
    private final Path file;
    private final SQLiteDataSource dataSource;

    public Database(Path file) {
        this(file, DEFAULT_BUSY_TIMEOUT_MS);
    }

    /** @param busyTimeoutMs how long a write waits for another writer's lock before it fails */
    public Database(Path file, int busyTimeoutMs) {
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
        dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + this.file);
    }

    /** Applies every pending migration; returns the schema version now in force. */
    public String migrate() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .loggers("slf4j").load();
        flyway.migrate();
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

    public SQLiteDataSource dataSource() {
        return dataSource;
    }

    public Path file() {
        return file;
    }
}
