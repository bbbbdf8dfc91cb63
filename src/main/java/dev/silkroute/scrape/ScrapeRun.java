package dev.silkroute.scrape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.silkroute.ingest.IngestFailure;
import dev.silkroute.ingest.IngestService;
import dev.silkroute.ingest.Outcome;
import dev.silkroute.intake.RawInput;
import dev.silkroute.pipeline.Json;
import dev.silkroute.store.FetchStateStore;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One scrape of one source: discover article URLs (start pages' links, feeds, sitemaps), keep those
 * the source allows and robots.txt permits, fetch each politely and conditionally, keep every page as
 * a JSON envelope under the raw folder (so a run can be replayed with {@code silkroute ingest}), and
 * send the envelope through the same pipeline as a dropped file.
 */
public final class ScrapeRun {
    /** What a run did, as the {@code scrape} summary and {@code GET /scrapes/{id}} report it. */
    public record Summary(String source, int planned, int fetched, int notModified, int robotsSkipped, int failed,
                          int newDocuments, int duplicates, List<String> problems) {}

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Fetcher fetcher;
    private final Robots robots;
    private final Discovery discovery;
    private final FetchStateStore state;
    private final IngestService ingest;
    private final Path rawDir;

    public ScrapeRun(Fetcher fetcher, Robots robots, Discovery discovery, FetchStateStore state, IngestService ingest, Path rawDir) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.discovery = discovery;
        this.state = state;
        this.ingest = ingest;
        this.rawDir = rawDir;
    }

    /** Runs the source; {@code progress} hears (done, planned) after each page. */
    public Summary run(Source source, BiConsumer<Integer, Integer> progress) throws InterruptedException {
        // two runs of a source never overlap, even from two processes (a cron `scrape` while the
        // service's schedule runs): the run holds a lock file in the source's raw folder
        Path lockFile;
        try {
            lockFile = Files.createDirectories(rawDir.resolve(source.name())).resolve(".scrape.lock");
        } catch (IOException e) {
            return refused(source, "cannot create " + rawDir.resolve(source.name()) + ": " + e.getMessage());
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) return refused(source, "another run of " + source.name() + " is in progress (" + lockFile + ")");
            try {
                return runLocked(source, progress);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            return refused(source, "cannot lock " + lockFile + ": " + e.getMessage());
        }
    }

    private static Summary refused(Source source, String why) {
        return new Summary(source.name(), 0, 0, 0, 0, 1, 0, 0, List.of("skipped: " + why));
    }

    private Summary runLocked(Source source, BiConsumer<Integer, Integer> progress) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        List<URI> pages = plan(source, problems);
        int fetched = 0, notModified = 0, robotsSkipped = 0, failed = 0, stored = 0, duplicates = 0, done = 0;
        for (URI url : pages) {
            if (fetched + notModified + failed >= source.maxPages()) break;
            try {
                if (!robots.allowed(url, source.delay())) {
                    robotsSkipped++;
                    continue;
                }
                FetchStateStore.State known = state.get(url.toString());
                FetchResult r = fetcher.fetch(url, known == null ? null : new Fetcher.Validators(known.etag(), known.lastModified()),
                        robots.delayFor(url, source.delay()));
                switch (r.kind()) {
                    case NOT_MODIFIED -> {
                        notModified++;
                        state.put(url.toString(), r.header("etag"), r.header("last-modified"), 304, null);
                    }
                    case FAILED -> {
                        failed++;
                        problems.add(url + ": " + r.reason() + " (" + r.message() + ")");
                    }
                    case OK -> {
                        fetched++;
                        state.put(url.toString(), r.header("etag"), r.header("last-modified"), r.status(), RawInput.sha256(r.body()));
                        Path envelope = keep(source, r);
                        try {
                            Outcome o = ingest.ingest(envelope.getFileName().toString(), Files.readAllBytes(envelope));
                            if (o.outcome().equals("stored")) stored++; else duplicates++;
                        } catch (Exception e) {
                            failed++;
                            IngestFailure f = IngestFailure.of(e);
                            ingest.recordFailure(envelope.getFileName().toString(), null, e);
                            problems.add(url + ": " + f.reason() + " (" + f.message() + ")");
                        }
                    }
                }
            } catch (java.sql.SQLException | IOException e) {
                failed++;
                problems.add(url + ": " + e.getMessage());
            } finally {
                progress.accept(++done, pages.size());
            }
        }
        return new Summary(source.name(), pages.size(), fetched, notModified, robotsSkipped, failed, stored, duplicates, problems);
    }

    /** Start URLs and what feeds, sitemaps and the start pages' links name, allowed by the source, each once. */
    List<URI> plan(Source source, List<String> problems) throws InterruptedException {
        Set<URI> out = new LinkedHashSet<>();
        for (URI start : source.startUrls()) {
            // a start page that is itself an article is fetched as one; a section page only lends its links
            if (source.allow().isEmpty() || source.allows(start)) out.add(start);
            if (!source.allow().isEmpty()) out.addAll(links(start, source, problems));
        }
        for (URI listing : concat(source.feeds(), source.sitemaps())) {
            for (URI u : discovery.urls(listing, source.delay(), problems)) if (source.allows(u)) out.add(u);
        }
        return new ArrayList<>(out);
    }

    private List<URI> links(URI page, Source source, List<String> problems) throws InterruptedException {
        List<URI> out = new ArrayList<>();
        if (!robots.allowed(page, source.delay())) return out;
        FetchResult r = fetcher.fetch(page, null, source.delay());
        if (r.kind() != FetchResult.Kind.OK) {
            problems.add(page + ": " + r.reason() + " (" + r.message() + ")");
            return out;
        }
        var doc = Jsoup.parse(new String(r.body(), StandardCharsets.ISO_8859_1), r.finalUrl().toString());
        for (Element a : doc.select("a[href]")) {
            try {
                URI u = new URI(a.absUrl("href")).normalize();
                if (u.getFragment() != null) u = new URI(u.getScheme(), u.getSchemeSpecificPart(), null);
                if (source.allows(u)) out.add(u);
            } catch (Exception ignored) {
                // a malformed link is no article
            }
        }
        return out;
    }

    private static List<URI> concat(List<URI> a, List<URI> b) {
        List<URI> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Writes the page as an envelope under {@code RAW/SOURCE/}, atomically, and returns its path. */
    private Path keep(Source source, FetchResult r) throws IOException {
        Path dir = Files.createDirectories(rawDir.resolve(source.name()));
        Instant now = Instant.now();
        String name = STAMP.format(now) + "-" + RawInput.sha256(r.finalUrl().toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12)
                + "-" + RawInput.sha256(r.body()).substring(0, 8) + ".json";
        ObjectNode env = Json.MAPPER.createObjectNode();
        env.put("url", r.finalUrl().toString());
        env.put("fetched_at", now.toString());
        env.put("status", r.status());
        ObjectNode headers = env.putObject("headers");
        r.headers().forEach(headers::put);
        if (r.header("content-type") != null) env.put("content_type", r.header("content-type"));
        env.put("body_base64", Base64.getEncoder().encodeToString(r.body()));
        Path target = dir.resolve(name);
        Path tmp = dir.resolve("." + name + ".tmp");
        Files.writeString(tmp, Json.pretty(env), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
