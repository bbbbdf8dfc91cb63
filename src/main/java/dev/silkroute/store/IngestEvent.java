package dev.silkroute.store;

/** One line of the ingest log: what happened to one dropped file. */
public record IngestEvent(String fileName, String sha256, String outcome, String stage, String reason, String message,
                          String at) {
    public static final String STORED = "stored";
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";
}
