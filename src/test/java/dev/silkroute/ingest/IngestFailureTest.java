package dev.silkroute.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestFailureTest {

    @Test
    void aStackExhaustedWhileExtractingIsReportedAsTooComplexNotAsABug() {
        IngestFailure failure = IngestFailure.of(new RuntimeException("route failed", new StackOverflowError()));

        assertEquals("extract", failure.stage());
        assertEquals("too-complex", failure.reason());
        assertTrue(failure.message().contains("too deeply nested"), failure.message());
    }

    @Test
    void anUnexpectedExceptionIsReportedAsABugToReportWithTheFile() {
        IngestFailure failure = IngestFailure.of(new RuntimeException(new IllegalStateException("no title")));

        assertEquals("internal-error", failure.reason());
        assertTrue(failure.message().startsWith("IllegalStateException: no title"), failure.message());
        assertTrue(failure.message().contains("report it with the file"), failure.message());
    }
}
