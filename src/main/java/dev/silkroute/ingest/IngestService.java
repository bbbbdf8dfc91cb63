package dev.silkroute.ingest;

import dev.silkroute.intake.RawInput;
import dev.silkroute.pipeline.DocumentRecord;
import dev.silkroute.pipeline.Pipeline;
import dev.silkroute.store.DocumentStore;
import dev.silkroute.store.IngestEvent;
import dev.silkroute.intake.FileGuard;
import dev.silkroute.intake.InputRejected;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One input through the pipeline into the store, idempotent by the SHA-256 of its bytes: the same
 * bytes under any name give one document and a {@code duplicate} event. Used by the inbox route and
 * by {@code silkroute ingest}.
 */
public final class IngestService {
    /** Workers for the time limit: daemon threads, so a page stuck past its limit never holds the JVM. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "silkroute-pipeline");
        t.setDaemon(true);
        return t;
    });

    private final Pipeline pipeline;
    private final DocumentStore store;
    private final FileGuard guard;
    private final Duration timeLimit;

    public IngestService(Pipeline pipeline, DocumentStore store, long maxBytes, Duration timeLimit) {
        this.pipeline = pipeline;
        this.store = store;
        this.guard = new FileGuard(maxBytes);
        this.timeLimit = timeLimit;
    }

    /** Refuses a file before it is read: symbolic links, anything not a regular file, files over the size limit. */
    public void checkFile(String path) {
        guard.check(Path.of(path));
    }

    /** Processes and stores; throws (with the reason inside) when the input cannot become a record. */
    public Outcome ingest(String fileName, byte[] bytes) throws SQLException {
        RawInput input = RawInput.of(fileName, bytes);
        String sha = input.identity();
        if (store.exists(sha)) {
            store.log(new IngestEvent(fileName, sha, IngestEvent.DUPLICATE, "read", null, "same bytes as a stored document", null));
            return new Outcome(fileName, IngestEvent.DUPLICATE, sha, null, null, null);
        }
        DocumentRecord record = processWithinLimit(input);
        String outcome = store.store(record, fileName);
        return new Outcome(fileName, outcome, sha, null, null, null);
    }

    private DocumentRecord processWithinLimit(RawInput input) {
        Future<DocumentRecord> work = WORKERS.submit(() -> pipeline.process(input));
        try {
            return work.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            throw new InputRejected("pipeline", "timeout", "processing took longer than " + timeLimit.toSeconds()
                    + " s (silkroute.max-seconds-per-file): the page is pathological, or raise the limit");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing " + input.fileName() + " (shutting down)", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
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
