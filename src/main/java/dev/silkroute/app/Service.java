package dev.silkroute.app;

import dev.silkroute.ingest.IngestService;
import dev.silkroute.ingest.Quarantine;
import dev.silkroute.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * The long-running service: Camel Main with the YAML routes of the install directory's
 * {@code routes/} folder, and the pipeline's beans bound under the names the routes use.
 */
public final class Service {
    private final Settings settings;
    private final Main main = new Main();

    public Service(Settings settings) {
        this.settings = settings;
    }

    /** Prepares beans and routes; {@link #run()} or {@link #start()} then starts them. */
    public Service configure() throws Exception {
        Files.createDirectories(settings.inbox());
        Database db = Components.database(settings);
        IngestService ingest = Components.ingestService(settings, db);
        main.bind("ingest", ingest);
        main.bind("quarantine", new Quarantine(settings.inbox()));
        main.bind("inboxFailures", Components.failureHandler(ingest, settings));
        settings.asProperties().forEach((k, v) -> main.addInitialProperty(k.toString(), v.toString()));
        Path routes = settings.home().resolve("routes").toAbsolutePath();
        main.addInitialProperty("camel.main.routes-include-pattern", "file:" + routes + "/*.yaml");
        main.addInitialProperty("camel.main.name", "silkroute");
        main.addInitialProperty("camel.main.shutdown-timeout", "30");
        main.addInitialProperty("camel.main.jmx-enabled", "false");
        return this;
    }

    /** Runs until SIGTERM or Ctrl-C; files in flight finish before the process exits. */
    public void run() throws Exception {
        main.run();
    }

    /** Starts in the background (for tests and embedding). */
    public CamelContext start() throws Exception {
        main.start();
        return main.getCamelContext();
    }

    public void stop() throws Exception {
        main.stop();
    }
}
