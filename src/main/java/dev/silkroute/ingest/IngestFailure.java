package dev.silkroute.ingest;

/** Why an input failed, in the terms of the quarantine report: stage, short reason, message for the operator. */
public record IngestFailure(String stage, String reason, String message) {

    public static IngestFailure of(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && !(root instanceof dev.silkroute.intake.InputRejected)) root = root.getCause();
        if (root instanceof dev.silkroute.intake.InputRejected r) return new IngestFailure(r.stage(), r.reason(), r.getMessage());
        if (root instanceof org.sqlite.SQLiteException e && e.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_FULL) {
            return new IngestFailure("store", "database-full", root.getMessage()
                    + "; free disk space (or raise silkroute.db.max-size-mb), then drop the file again");
        }
        if (root instanceof java.sql.SQLException) {
            return new IngestFailure("store", "database-error", root.getMessage()
                    + "; check that the database file is writable and the disk has room, then drop the file again");
        }
        if (root instanceof OutOfMemoryError || root instanceof StackOverflowError) {
            return new IngestFailure("extract", "too-complex", root.getClass().getSimpleName()
                    + " while processing; the page is too large or too deeply nested");
        }
        return new IngestFailure("pipeline", "internal-error", root.getClass().getSimpleName() + ": " + root.getMessage()
                + "; this is a bug in silkroute, please report it with the file");
    }
}
