package dev.silkroute.cli;

import dev.silkroute.app.InvalidSetting;
import dev.silkroute.app.Settings;
import dev.silkroute.store.DatabaseUnavailable;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code silkroute} command and its subcommands ({@code run}, {@code ingest}, {@code extract}, {@code scrape}, {@code status}, {@code eval}, {@code bench}, {@code verify}...). */
@Command(name = "silkroute", mixinStandardHelpOptions = true, version = "silkroute 0.1.0",
        description = "Raw scraped news pages to clean, language-tagged, entity-normalized records in SQLite.",
        subcommands = {RunCommand.class, IngestCommand.class, ExtractCommand.class, DetectCommand.class, EntitiesCommand.class, ScrapeCommand.class, StatusCommand.class, EvalCommand.class, BenchCommand.class, VerifyCommand.class})
public final class Silkroute implements Runnable {

    /** Options every command takes. */
    static final class Common {
        @Option(names = "--inbox", description = "the watched folder (default: inbox, or silkroute.inbox)")
        String inbox;
        @Option(names = "--db", description = "the SQLite file (default: data/silkroute.db, or silkroute.db)")
        String db;
        @Option(names = "--low-memory", description = "language models in low-accuracy mode (~100 MB instead of ~1 GB)")
        boolean lowMemory;

        Settings settings() {
            String home = System.getProperty("silkroute.home", ".");
            Settings s = Settings.load(Path.of(home), System.getenv()).with(Settings.INBOX, inbox).with(Settings.DB, db);
            if (lowMemory) s.with(Settings.LOW_MEMORY, "true");
            return s;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        // usage errors are exit 2, as the scheduler contract says; picocli's default is also 2
        System.exit(commandLine().execute(args));
    }

    /** The command line as {@link #main} runs it, for tests too. */
    static CommandLine commandLine() {
        return new CommandLine(new Silkroute()).setCaseInsensitiveEnumValuesAllowed(true) // --mode text, --mode TEXT
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    // what the operator must fix is said in one line; anything else is a bug and keeps its stack trace
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        if (t instanceof DatabaseUnavailable d) {
                            cl.getErr().println("silkroute: " + d.getMessage());
                            return 1;
                        }
                        if (t instanceof InvalidSetting bad) {
                            cl.getErr().println("silkroute: " + bad.getMessage());
                            return 2;
                        }
                    }
                    throw e;
                });
    }
}
