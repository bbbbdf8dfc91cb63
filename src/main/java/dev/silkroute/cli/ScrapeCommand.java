package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.scrape.ScrapeConfig;
import dev.silkroute.scrape.ScrapeRun;
import dev.silkroute.scrape.Source;
import dev.silkroute.store.Database;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "scrape", description = {
        "Scrape configured sources (by name, from config/sources.yaml) or URLs now, through the same pipeline as the inbox.",
        "Prints per source: fetched, not modified, skipped by robots.txt, failed, new documents, duplicates.",
        "Exit 0 nothing failed, 1 some pages failed, 2 usage error (unknown source, bad URL)."})
final class ScrapeCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Parameters(arity = "1..*", paramLabel = "SOURCE|URL", description = "source names or http(s) URLs")
    List<String> targets;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        ScrapeConfig config;
        try {
            config = ScrapeConfig.load(s.sourcesFile());
        } catch (java.io.IOException e) {
            System.err.println("silkroute scrape: " + e.getMessage() + "; fix the sources file");
            return 2;
        }
        List<Source> runs = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (String t : targets) {
            if (t.startsWith("http://") || t.startsWith("https://")) {
                try {
                    urls.add(new URI(t));
                } catch (Exception e) {
                    System.err.println("silkroute scrape: '" + t + "' is not a valid URL");
                    return 2;
                }
            } else if (config.sources().containsKey(t)) {
                runs.add(config.sources().get(t));
            } else {
                System.err.println("silkroute scrape: no source '" + t + "' in " + s.sourcesFile() + " (sources: "
                        + String.join(", ", config.sources().keySet()) + "); give a source name or an http(s) URL");
                return 2;
            }
        }
        if (!urls.isEmpty()) runs.add(Source.ofUrls(urls, java.time.Duration.ofMillis(2000)));
        Database db = Components.database(s);
        ScrapeRun scrape = Components.scrapeRun(s, config, db, Components.ingestService(s, db));
        int failed = 0;
        for (Source source : runs) {
            ProgressBar[] bar = new ProgressBar[1];
            ScrapeRun.Summary r = scrape.run(source, (done, total) -> {
                if (bar[0] == null) bar[0] = new ProgressBar(System.err, total);
                bar[0].step(done, source.name());
            });
            if (bar[0] != null) bar[0].finish();
            System.out.printf("%s: %d planned, %d fetched, %d not modified, %d skipped by robots.txt, %d failed, "
                            + "%d new documents, %d duplicates%n", r.source(), r.planned(), r.fetched(), r.notModified(),
                    r.robotsSkipped(), r.failed(), r.newDocuments(), r.duplicates());
            r.problems().forEach(p -> System.out.println("  " + p));
            failed += r.failed();
        }
        return failed == 0 ? 0 : 1;
    }
}
