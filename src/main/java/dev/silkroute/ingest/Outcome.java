package dev.silkroute.ingest;

/** What became of one input: stored, duplicate or failed (with the stage and reason). */
public record Outcome(String fileName, String outcome, String documentId, String stage, String reason, String message) {
    public boolean failed() {
        return "failed".equals(outcome);
    }
}
