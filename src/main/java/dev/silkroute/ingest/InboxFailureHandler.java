package dev.silkroute.ingest;

import java.io.IOException;

/**
 * What the inbox route does with a file that failed: log the failure and write the report that the
 * route's {@code moveFailed} puts the file next to.
 */
public final class InboxFailureHandler {
    private final IngestService ingest;
    private final Quarantine quarantine;

    public InboxFailureHandler(IngestService ingest, Quarantine quarantine) {
        this.ingest = ingest;
        this.quarantine = quarantine;
    }

    public Outcome handle(String fileName, String archiveName, byte[] bytes, Throwable error) throws IOException {
        Outcome failure = ingest.recordFailure(fileName, bytes, error);
        quarantine.writeReport(archiveName != null ? archiveName : quarantine.archiveName(fileName), failure);
        return failure;
    }
}
