package dev.silkroute.app;

import dev.silkroute.ingest.InboxFeeder;
import dev.silkroute.ingest.IngestService;
import dev.silkroute.ingest.Quarantine;
import dev.silkroute.scrape.ScrapeApi;
import dev.silkroute.scrape.ScrapeConfig;
import dev.silkroute.scrape.ScrapeJobs;
import dev.silkroute.scrape.Source;
import dev.silkroute.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * The long-running service: Camel Main with the YAML routes of the install directory's
 * {@code routes/} folder, and the pipeline's beans bound under the names the routes use.
 */
public final class Service {
    private final Settings settings;
    private final Main main = new Main();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScrapeConfig scrapeConfig;
    private ScrapeJobs scrapes;
    private Database database;

    public Service(Settings settings) {
        this.settings = settings;
    }

    /** Prepares beans and routes; {@link #run()} or {@link #start()} then starts them. */
    public Service configure() throws Exception {
        // first: a sources file that does not parse stops the start before the models load or the database opens
        ScrapeConfig scrapeConfig = ScrapeConfig.load(settings.sourcesFile());
        Files.createDirectories(settings.inbox());
        Database db = Components.database(settings);
        this.database = db;
        IngestService ingest = Components.ingestService(settings, db);
        main.bind("ingest", ingest);
        main.bind("quarantine", new Quarantine(settings.inbox()));
        main.bind("inboxFeeder", new InboxFeeder(settings.inbox(), InboxFeeder.BATCH, settings.minAgeMs()));
        main.bind("inboxFailures", Components.failureHandler(ingest, settings));
        ScrapeJobs scrapes = new ScrapeJobs(Components.scrapeRun(settings, scrapeConfig, db, ingest), scrapeConfig.sources());
        main.bind("scrapes", scrapes);
        main.bind("scrapeApi", new ScrapeApi(scrapes, settings.get(Settings.HTTP_TOKEN)));
        if (settings.httpEnabled()) {
            main.addInitialProperty("camel.server.enabled", "true");
            main.addInitialProperty("camel.server.host", settings.get(Settings.HTTP_HOST));
            main.addInitialProperty("camel.server.port", settings.get(Settings.HTTP_PORT));
        } else {
            // no listener unless asked for: the HTTP routes are not even loaded
            main.addInitialProperty("camel.main.routes-exclude-pattern", "file:" + settings.home().resolve("routes").toAbsolutePath() + "/http.yaml");
        }
        this.scrapeConfig = scrapeConfig;
        this.scrapes = scrapes;
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                scheduleScrapesOnce(m.getCamelContext());
            }

            @Override
            public void beforeStop(BaseMainSupport m) {
                stopScrapes();
            }
        });
        settings.asProperties().forEach((k, v) -> main.addInitialProperty(k.toString(), v.toString()));
        Path routes = settings.home().resolve("routes").toAbsolutePath();
        main.addInitialProperty("camel.main.routes-include-pattern", "file:" + routes + "/*.yaml");
        main.addInitialProperty("camel.main.name", "silkroute");
        main.addInitialProperty("camel.main.shutdown-timeout", "30");
        main.addInitialProperty("camel.main.jmx-enabled", "false");
        return this;
    }

    private void scheduleScrapesOnce(CamelContext camel) {
        if (scheduled.compareAndSet(false, true)) scheduleScrapes(camel, scrapeConfig);
    }

    /** One route per scheduled source, from the {@code scrape-on-schedule} template of routes/scrape.yaml. */
    private static void scheduleScrapes(CamelContext camel, ScrapeConfig config) {
        for (Source source : config.sources().values()) {
            if (source.schedule() == null || source.schedule().isBlank()) continue;
            try {
                TemplatedRouteBuilder.builder(camel, "scrape-on-schedule").routeId("scrape-" + source.name())
                        .parameter("source", source.name())
                        // Quartz reads the cron expression from a URI, where spaces are written '+'
                        .parameter("cron", source.schedule().strip().replace(' ', '+'))
                        .add();
            } catch (Exception e) {
                throw new IllegalStateException("cannot schedule source '" + source.name() + "' with cron '"
                        + source.schedule() + "': " + e.getMessage(), e);
            }
        }
    }

    private void stopScrapes() {
        if (scrapes == null) return;
        try {
            scrapes.shutdown(java.time.Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs until SIGTERM or Ctrl-C; files in flight finish before the process exits. */
    public void run() throws Exception {
        try {
            main.run();
        } finally {
            if (database != null) database.close();
        }
    }

    /** Starts in the background (for tests and embedding). */
    public CamelContext start() throws Exception {
        main.start();
        // Main.start() (unlike run()) does not call the listeners' afterStart
        scheduleScrapesOnce(main.getCamelContext());
        return main.getCamelContext();
    }

    public void stop() throws Exception {
        stopScrapes();
        main.stop();
        if (database != null) database.close();
    }
}
