package dev.silkroute.intake;

/**
 * A file the pipeline cannot turn into a record. Carries the stage that refused it and a short
 * machine-readable reason, so the quarantine report and the ingest log can say what to do.
 */
public class InputRejected extends RuntimeException {
    private final String stage;
    private final String reason;

    public InputRejected(String stage, String reason, String message) {
        super(message);
        this.stage = stage;
        this.reason = reason;
    }

    public InputRejected(String stage, String reason, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.reason = reason;
    }

    public String stage() { return stage; }

    public String reason() { return reason; }
}
