package dev.silkroute.ingest;

import dev.silkroute.intake.RawInput;
import dev.silkroute.pipeline.DocumentRecord;
import dev.silkroute.pipeline.Pipeline;
import dev.silkroute.store.DocumentStore;
import dev.silkroute.store.IngestEvent;
import java.sql.SQLException;

/**
 * One input through the pipeline into the store, idempotent by the SHA-256 of its bytes: the same
 * bytes under any name give one document and a {@code duplicate} event. Used by the inbox route and
 * by {@code silkroute ingest}.
 */
public final class IngestService {
    private final Pipeline pipeline;
    private final DocumentStore store;

    public IngestService(Pipeline pipeline, DocumentStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /** Processes and stores; throws (with the reason inside) when the input cannot become a record. */
    public Outcome ingest(String fileName, byte[] bytes) throws SQLException {
        String sha = RawInput.sha256(bytes);
        if (store.exists(sha)) {
            store.log(new IngestEvent(fileName, sha, IngestEvent.DUPLICATE, "read", null, "same bytes as a stored document", null));
            return new Outcome(fileName, IngestEvent.DUPLICATE, sha, null, null, null);
        }
        DocumentRecord record = pipeline.process(RawInput.of(fileName, bytes));
        String outcome = store.store(record, fileName);
        return new Outcome(fileName, outcome, sha, null, null, null);
    }

    /** Records a failure in the ingest log and returns it as an outcome. */
    public Outcome recordFailure(String fileName, byte[] bytes, Throwable error) {
        IngestFailure f = IngestFailure.of(error);
        String sha = bytes == null ? null : RawInput.sha256(bytes);
        try {
            store.log(new IngestEvent(fileName, sha, IngestEvent.FAILED, f.stage(), f.reason(), f.message(), null));
        } catch (SQLException e) {
            // the quarantine report beside the file still says why; the log is best effort when the database is down
        }
        return new Outcome(fileName, IngestEvent.FAILED, sha, f.stage(), f.reason(), f.message());
    }
}
