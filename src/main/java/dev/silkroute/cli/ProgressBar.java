package dev.silkroute.cli;

import java.io.PrintStream;

/** A one-line progress bar on a terminal; silent when output is not a terminal (cron, CI, pipes). */
final class ProgressBar {
    private final PrintStream out;
    private final int total;
    private final boolean enabled;
    private final long started = System.nanoTime();

    ProgressBar(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        this.enabled = System.console() != null && total > 1;
    }

    void step(int done, String current) {
        if (!enabled) return;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double secs = (System.nanoTime() - started) / 1e9;
        String name = current.length() > 30 ? "…" + current.substring(current.length() - 29) : current;
        out.printf("\r[%s%s] %d/%d %.1f/s %-30s", "#".repeat(filled), " ".repeat(width - filled), done, total,
                secs > 0 ? done / secs : 0.0, name);
        out.flush();
    }

    void finish() {
        if (enabled) out.print("\r" + " ".repeat(100) + "\r");
    }
}
