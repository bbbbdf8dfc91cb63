package dev.silkroute.store;

/** The database cannot be opened or brought to the current schema: a path, a permission or a disk to fix, not a bug. */
public final class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
