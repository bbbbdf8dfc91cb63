package dev.silkroute.verify;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real service ({@code silkroute run}) as a child process, drops files into its inbox,
 * kills it with SIGKILL at random moments — while reading, between stages, mid-transaction, while
 * moving — restarts it, and finally lets it drain the inbox. Then checks every dropped file with
 * {@link InboxState}: nothing lost, nothing twice.
 */
public final class CrashDrill {
    /** @param killsDuringWork kills that left files still waiting or in flight: the ones that test anything */
    public record Result(int kills, int killsDuringWork, InboxState.Counts counts, Duration took) {
        public boolean holds() {
            return counts.lost() == 0 && counts.duplicated() == 0 && counts.waiting() == 0;
        }
    }

    private final Path work;
    private final Path home;
    private final int files;
    private final int kills;
    private final long seed;
    private final PrintStream log;

    /**
     * @param work  an empty folder for the drill's inbox, database and child logs
     * @param home  the install directory (its {@code routes/} are what the child loads)
     */
    public CrashDrill(Path work, Path home, int files, int kills, long seed, PrintStream log) {
        this.work = work;
        this.home = home;
        this.files = files;
        this.kills = kills;
        this.seed = seed;
        this.log = log;
    }

    public Result run() throws IOException, InterruptedException, SQLException {
        long t0 = System.nanoTime();
        Path inbox = work.resolve("inbox");
        Path db = work.resolve("data/silkroute.db");
        DropCorpus corpus = new DropCorpus(seed);
        Random random = new Random(seed);
        int perRound = Math.max(1, files / (kills + 1));
        int dropped = 0;
        int duringWork = 0;
        for (int k = 0; k < kills; k++) {
            dropped += corpus.drop(inbox, Math.min(perRound, files - dropped)).size();
            long before = InboxState.handled(inbox);
            Process child = start(inbox, db, k);
            // start-up (model loading) takes seconds and varies with the machine: wait until this life
            // has handled its first file, then kill at a random moment of the work that follows (short
            // enough that files are still in flight: reading, between stages, mid-transaction, moving)
            waitForWork(child, inbox, before, k);
            long delayMs = random.nextInt(Math.max(50, perRound * 4));
            if (child.waitFor(delayMs, TimeUnit.MILLISECONDS)) throw exitedOnItsOwn(child, k);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
            child.waitFor();
            long handled = InboxState.handled(inbox);
            long waiting = InboxState.waiting(inbox);
            if (waiting > 0) duringWork++;
            log.printf("kill %d/%d %d ms into the work: %d files handled in this life, %d of %d dropped handled, %d waiting%n",
                    k + 1, kills, delayMs, handled - before, handled, dropped, waiting);
        }
        dropped += corpus.drop(inbox, files - dropped).size();
        Process last = start(inbox, db, kills);
        long until = System.currentTimeMillis() + Duration.ofMinutes(Math.max(2, files / 100)).toMillis();
        while (!InboxState.inboxEmpty(inbox) && System.currentTimeMillis() < until && last.isAlive()) Thread.sleep(200);
        Thread.sleep(500); // the last file's move is the end of its exchange
        last.destroy(); // SIGTERM: the graceful stop an operator uses
        if (!last.waitFor(60, TimeUnit.SECONDS)) last.destroyForcibly().waitFor();
        InboxState.Counts counts = InboxState.check(inbox, db, corpus.expectations());
        return new Result(kills, duringWork, counts, Duration.ofNanos(System.nanoTime() - t0));
    }

    private IllegalStateException exitedOnItsOwn(Process child, int n) {
        return new IllegalStateException("the service exited on its own (code " + child.exitValue() + "); see "
                + work.resolve("child-" + n + ".log"));
    }

    private void waitForWork(Process child, Path inbox, long handledBefore, int n) throws IOException, InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (InboxState.handled(inbox) == handledBefore) {
            if (!child.isAlive()) throw exitedOnItsOwn(child, n);
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("the service handled no file within 2 minutes; see " + work.resolve("child-" + n + ".log"));
            }
            Thread.sleep(20);
        }
    }

    private Process start(Path inbox, Path db, int n) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-Dsilkroute.home=" + home.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "dev.silkroute.cli.Silkroute", "run",
                "--inbox", inbox.toString(), "--db", db.toString(), "--low-memory"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SILKROUTE_INBOX_MIN_AGE_MS", "50");
        pb.environment().put("SILKROUTE_INBOX_POLL_MS", "50");
        File logFile = work.resolve("child-" + n + ".log").toFile();
        pb.redirectErrorStream(true).redirectOutput(logFile);
        return pb.start();
    }

    public static void print(Result r, PrintStream out) {
        InboxState.Counts c = r.counts();
        out.printf("crash drill: files %d, kills %d (%d with files in flight), stored %d, failed as expected %d, still waiting %d, lost %d, duplicated %d (%.0f s)%n",
                c.files(), r.kills(), r.killsDuringWork(), c.stored(), c.failed(), c.waiting(), c.lost(), c.duplicated(), r.took().toMillis() / 1000.0);
        c.problems().stream().limit(20).forEach(p -> out.println("  " + p));
        out.println(r.holds() ? "invariant holds: nothing lost, nothing twice" : "INVARIANT BROKEN");
    }

}
