package dev.silkroute.verify;

import dev.silkroute.app.Service;
import dev.silkroute.app.Settings;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Drops many files at once into the service's inbox (in this process) and measures how fast it
 * drains them and how much heap it needs, then checks every file with {@link InboxState}.
 */
public final class LoadDrill {
    public record Result(InboxState.Counts counts, Duration dropTime, Duration drainTime, long peakHeapBytes, long maxHeapBytes) {
        public double filesPerSecond() {
            return counts.files() / Math.max(0.001, drainTime.toMillis() / 1000.0);
        }
    }

    private final Path work;
    private final Settings base;
    private final int files;
    private final PrintStream log;

    public LoadDrill(Path work, Settings base, int files, PrintStream log) {
        this.work = work;
        this.base = base;
        this.files = files;
        this.log = log;
    }

    public Result run() throws Exception {
        Path inbox = work.resolve("inbox");
        Path db = work.resolve("data/silkroute.db");
        long t0 = System.nanoTime();
        DropCorpus corpus = new DropCorpus(7);
        corpus.drop(inbox, files);
        Duration dropTime = Duration.ofNanos(System.nanoTime() - t0);
        log.printf("dropped %d files in %.1f s%n", files, dropTime.toMillis() / 1000.0);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        Settings s = base.with(Settings.INBOX, inbox.toString()).with(Settings.DB, db.toString())
                .with(Settings.MIN_AGE_MS, "50").with(Settings.POLL_MS, "50");
        Service service = new Service(s).configure();
        long t1 = System.nanoTime();
        service.start();
        long lastReport = System.currentTimeMillis();
        while (!InboxState.inboxEmpty(inbox)) {
            Thread.sleep(200);
            if (System.currentTimeMillis() - lastReport > 10_000) {
                lastReport = System.currentTimeMillis();
                log.printf("  %d of %d handled, %.0f s%n", InboxState.handled(inbox), files, (System.nanoTime() - t1) / 1e9);
            }
        }
        Thread.sleep(300); // the last exchange ends with its move
        Duration drain = Duration.ofNanos(System.nanoTime() - t1);
        service.stop();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        InboxState.Counts counts = InboxState.check(inbox, db, corpus.expectations());
        return new Result(counts, dropTime, drain, peak, Runtime.getRuntime().maxMemory());
    }

    public static void print(Result r, PrintStream out) {
        InboxState.Counts c = r.counts();
        out.printf("load drill: %d files drained in %.1f s (start-up included): %.1f files/s; peak heap %d MB of %d MB max%n",
                c.files(), r.drainTime().toMillis() / 1000.0, r.filesPerSecond(), r.peakHeapBytes() >> 20, r.maxHeapBytes() >> 20);
        out.printf("  stored %d, failed as expected %d, still waiting %d, lost %d, duplicated %d%n",
                c.stored(), c.failed(), c.waiting(), c.lost(), c.duplicated());
        c.problems().stream().limit(20).forEach(p -> out.println("  " + p));
    }
}
