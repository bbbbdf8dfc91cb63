package dev.silkroute.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash drill: the real service as a child process, SIGKILLed three times while it
 * works through 120 dropped files, then restarted to drain the inbox. The long version is
 * {@code ./silkroute verify crash} (README).
 */
class CrashDrillTest {
    @TempDir
    Path work;

    @Test
    void killingTheServiceAtRandomMomentsLosesNothingAndStoresNothingTwice() throws Exception {
        CrashDrill.Result r = new CrashDrill(work, Path.of("").toAbsolutePath(), 120, 3, 20261122L, System.out).run();
        CrashDrill.print(r, System.out);
        InboxState.Counts c = r.counts();
        assertEquals(0, c.lost(), "lost: " + c.problems());
        assertEquals(0, c.duplicated(), "duplicated: " + c.problems());
        assertEquals(0, c.waiting(), "the restarted service drained the inbox");
        assertTrue(r.killsDuringWork() >= 1, "at least one kill hit the service with files in flight, not idle");
        assertEquals(108, c.stored(), "every good page is one document");
        assertEquals(12, c.failed(), "every empty file is in .failed/ with its report");
        assertTrue(r.holds());
    }
}
