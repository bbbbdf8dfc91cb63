package dev.silkroute.app;

import dev.silkroute.extract.ArticleAssembler;
import dev.silkroute.extract.HtmlExtractor;
import dev.silkroute.extract.HtmlMetadata;
import dev.silkroute.extract.PublisherNames;
import dev.silkroute.extract.TextDumpExtractor;
import dev.silkroute.ingest.InboxFailureHandler;
import dev.silkroute.ingest.IngestService;
import dev.silkroute.ingest.Quarantine;
import dev.silkroute.language.DocumentLanguageLabeller;
import dev.silkroute.language.LanguageDetector;
import dev.silkroute.normalize.EntityRecognizer;
import dev.silkroute.normalize.Gazetteer;
import dev.silkroute.pipeline.Pipeline;
import dev.silkroute.store.Database;
import dev.silkroute.store.DocumentStore;

/**
 * Builds the parts once per process and wires them: the language models and the gazetteer are
 * expensive to load, so every command and route shares these instances.
 */
public final class Components {
    private static volatile LanguageDetector sharedDetector;
    private static volatile Gazetteer sharedGazetteer;

    private Components() {}

    /** The language detector for these settings, built on first use and kept for the life of the process. */
    public static LanguageDetector languageDetector(Settings s) {
        LanguageDetector d = sharedDetector;
        if (d == null || !d.configuredLanguages().equals(s.languages())) {
            synchronized (Components.class) {
                d = sharedDetector;
                if (d == null || !d.configuredLanguages().equals(s.languages())) {
                    d = new LanguageDetector(s.languages(), s.lowMemory());
                    sharedDetector = d;
                }
            }
        }
        return d;
    }

    public static Gazetteer gazetteer() {
        Gazetteer g = sharedGazetteer;
        if (g == null) {
            synchronized (Components.class) {
                if (sharedGazetteer == null) sharedGazetteer = new Gazetteer();
                g = sharedGazetteer;
            }
        }
        return g;
    }

    /** The pipeline alone, judging each page on its own (no database: {@code extract}, evaluations). */
    public static Pipeline pipeline(Settings s) {
        return pipeline(s, dev.silkroute.extract.SiteProfile.NONE);
    }

    /** The pipeline that also uses what the database learned of each site's boilerplate. */
    public static Pipeline pipeline(Settings s, dev.silkroute.extract.SiteProfile sites) {
        PublisherNames publishers = new PublisherNames();
        ArticleAssembler assembler = new ArticleAssembler(publishers, sites);
        return new Pipeline(new TextDumpExtractor(assembler), new HtmlExtractor(assembler, new HtmlMetadata(publishers)),
                new DocumentLanguageLabeller(languageDetector(s)), new EntityRecognizer(gazetteer()), s.maxBytes());
    }

    /** The database, migrated. */
    public static Database database(Settings s) {
        Database db = new Database(s.db(), s.busyTimeoutMs(), s.dbMaxSizeMb());
        db.migrate();
        return db;
    }

    public static IngestService ingestService(Settings s, Database db) {
        return new IngestService(pipeline(s, new dev.silkroute.store.SiteBlocks(db)), new DocumentStore(db), s.maxBytes(), s.timeLimit());
    }

    /** A scrape runner over the same pipeline and database, with one politeness gate per process. */
    public static dev.silkroute.scrape.ScrapeRun scrapeRun(Settings s, dev.silkroute.scrape.ScrapeConfig config, Database db,
                                                            IngestService ingest) {
        var fetcher = new dev.silkroute.scrape.Fetcher(config, HOST_GATE);
        return new dev.silkroute.scrape.ScrapeRun(fetcher, new dev.silkroute.scrape.Robots(fetcher, config.userAgent()),
                new dev.silkroute.scrape.Discovery(fetcher), new dev.silkroute.store.FetchStateStore(db), ingest, s.rawDir());
    }

    private static final dev.silkroute.scrape.HostGate HOST_GATE = new dev.silkroute.scrape.HostGate();

    public static InboxFailureHandler failureHandler(IngestService ingest, Settings s) {
        return new InboxFailureHandler(ingest, new Quarantine(s.inbox()));
    }
}
