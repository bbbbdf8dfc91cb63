package dev.silkroute.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.ingest.IngestService;
import dev.silkroute.store.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scrapes a real HTTP server on 127.0.0.1 serving fixture pages: robots.txt, a feed and a sitemap,
 * a page with an ETag (304 the second time), 429 with Retry-After, 503 then 200, a redirect loop,
 * a GBK page declared only in the Content-Type header, a slow page and a huge one.
 */
class ScrapeRunTest {
    private static final Duration DELAY = Duration.ofMillis(150);

    @TempDir
    Path tmp;
    HttpServer server;
    String base;
    record Request(long nanos, String path) {}
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    volatile String cText = "The customs post at the border now clears a freight train in under two hours, officials said.";

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(new Request(System.nanoTime(), path));
        int n = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8));
            case "/feed.xml" -> send(ex, 200, "application/rss+xml", rss("/news/a.html", "/news/b.html", "/private/secret.html", "/news/gbk.html"));
            case "/sitemap.xml" -> send(ex, 200, "application/xml", sitemap("/news/c.html", "/news/slow.html", "/news/huge.html", "/news/loop1.html"));
            case "/news/a.html" -> {
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) { send(ex, 304, null, new byte[0]); return; }
                ex.getResponseHeaders().add("ETag", "\"v1\"");
                send(ex, 200, "text/html; charset=utf-8", page("Railway opens", "The new railway between the two cities opened on Monday, carrying its first freight.").getBytes(StandardCharsets.UTF_8));
            }
            case "/news/b.html" -> {
                if (n == 1) { ex.getResponseHeaders().add("Retry-After", "1"); send(ex, 429, "text/plain", "slow down".getBytes()); return; }
                send(ex, 200, "text/html; charset=utf-8", page("Trade grows", "Trade along the corridor grew by a third last year, the ministry said on Tuesday.").getBytes(StandardCharsets.UTF_8));
            }
            case "/news/c.html" -> {
                if (n == 1) { send(ex, 503, "text/plain", "busy".getBytes()); return; }
                send(ex, 200, "text/html; charset=utf-8", page("Border crossing", cText).getBytes(StandardCharsets.UTF_8));
            }
            case "/news/loop1.html" -> redirect(ex, "/news/loop2.html");
            case "/news/loop2.html" -> redirect(ex, "/news/loop1.html");
            case "/news/gbk.html" -> send(ex, 200, "text/html; charset=GBK", page("乌鲁木齐国际陆港",
                    "新疆乌鲁木齐国际陆港区今年开行中欧班列超过一千列，货物运往中亚和欧洲多个国家，园区负责人表示明年将继续扩大物流能力。").getBytes(Charset.forName("GBK")));
            case "/news/slow.html" -> {
                try { Thread.sleep(3000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                send(ex, 200, "text/html", page("Slow", "This page answers after the time limit has passed.").getBytes(StandardCharsets.UTF_8));
            }
            case "/news/huge.html" -> send(ex, 200, "text/html", new byte[2 * 1024 * 1024]);
            default -> send(ex, 200, "text/html", page("Secret", "A page robots.txt forbids.").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
        if (body.length > 0 && status != 304) ex.getResponseBody().write(body);
        ex.close();
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        send(ex, 302, null, new byte[0]);
    }

    private byte[] rss(String... paths) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><link>" + base + "/</link>");
        for (String p : paths) s.append("<item><title>").append(p).append("</title><link>").append(base).append(p).append("</link></item>");
        return s.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sitemap(String... paths) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String p : paths) s.append("<url><loc>").append(base).append(p).append("</loc></url>");
        return s.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String page(String title, String lead) {
        return "<html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title
                + "</h1><p>" + lead + " Officials expect more services next year as demand keeps growing along the route.</p>"
                + "<p>Shippers say the faster crossings have made rail competitive with sea freight for many goods.</p>"
                + "</article><footer>Copyright 2024 Example News</footer></body></html>";
    }

    private ScrapeRun scrapeRun(Database db) {
        Settings s = Settings.defaults(Path.of("")).with(Settings.DB, db.file().toString())
                .with(Settings.RAW_DIR, tmp.resolve("raw").toString());
        ScrapeConfig config = new ScrapeConfig("silkroute-test/0.1", "test@example.invalid", Duration.ofSeconds(1),
                1024 * 1024, 5, 3, Duration.ofMillis(100), Duration.ofSeconds(2), Map.of());
        IngestService ingest = Components.ingestService(s, db);
        return Components.scrapeRun(s, config, db, ingest);
    }

    private Source source() {
        return new Source("fixture", List.of(), List.of(URI.create(base + "/feed.xml")), List.of(URI.create(base + "/sitemap.xml")),
                List.of(Pattern.compile("/(news|private)/")), null, 50, DELAY);
    }

    @Test
    void aScrapeIsPoliteConditionalAndStoresEachPageOnceWithChangedContentAsANewVersion() throws Exception {
        Settings s = Settings.defaults(Path.of("")).with(Settings.DB, tmp.resolve("db/silkroute.db").toString());
        Database db = Components.database(s);
        ScrapeRun scrape = scrapeRun(db);

        ScrapeRun.Summary first = scrape.run(source(), (d, t) -> { });
        assertEquals(8, first.planned(), "4 from the feed, 4 from the sitemap: " + first);
        assertEquals(1, first.robotsSkipped(), "robots.txt forbids /private/");
        assertEquals(0, hits.getOrDefault("/private/secret.html", new AtomicInteger()).get(), "a forbidden page is never requested");
        assertEquals(4, first.fetched(), "a, b (after 429), gbk, c (after 503): " + first.problems());
        assertEquals(4, first.newDocuments(), first.problems().toString());
        assertEquals(3, first.failed());
        assertTrue(first.problems().stream().anyMatch(p -> p.contains("loop1") && p.contains("redirect-loop")), first.problems().toString());
        assertTrue(first.problems().stream().anyMatch(p -> p.contains("slow") && p.contains("timeout")), first.problems().toString());
        assertTrue(first.problems().stream().anyMatch(p -> p.contains("huge") && p.contains("too-large")), first.problems().toString());
        assertEquals(2, hits.get("/news/b.html").get(), "429 retried once");
        assertEquals(2, hits.get("/news/c.html").get(), "503 retried once");
        assertEquals(1, hits.get("/robots.txt").get(), "robots.txt is fetched once and cached");

        assertTrue(text(db, base + "/news/gbk.html").contains("中欧班列"), "GBK declared only in the header decodes right");
        try (var files = Files.list(tmp.resolve("raw/fixture"))) {
            assertEquals(4, files.filter(f -> f.toString().endsWith(".json")).count(), "every fetched page is kept as an envelope");
        }

        // the delay holds between any two requests to the host, and Retry-After was honoured
        List<Request> inOrder = new ArrayList<>(requests);
        inOrder.sort(java.util.Comparator.comparingLong(Request::nanos));
        assertTrue(inOrder.size() >= 12, "requests recorded: " + inOrder.size());
        for (int i = 1; i < inOrder.size(); i++) {
            long gapMs = (inOrder.get(i).nanos() - inOrder.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gapMs >= DELAY.toMillis() - 15, "requests " + inOrder.get(i - 1).path() + " and " + inOrder.get(i).path()
                    + " only " + gapMs + " ms apart");
        }
        assertTrue(gap("/news/b.html") >= 1000, "Retry-After: 1 waited a second, got " + gap("/news/b.html") + " ms");

        ScrapeRun.Summary second = scrape.run(source(), (d, t) -> { });
        assertEquals(1, second.notModified(), "a.html answers 304 to If-None-Match");
        assertEquals(0, second.newDocuments(), "unchanged pages give no new document: " + second);
        assertEquals(3, second.duplicates(), "b, c and gbk are fetched again (no validators) and are duplicates");

        cText = "The customs post changed its hours: trains now cross day and night, officials announced on Friday.";
        ScrapeRun.Summary third = scrape.run(source(), (d, t) -> { });
        assertEquals(1, third.newDocuments(), "changed content is a new document: " + third);
        assertEquals(2, count(db, "SELECT COUNT(*) FROM documents WHERE url = '" + base + "/news/c.html'"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM documents WHERE url = '" + base + "/news/c.html' AND previous_version IS NOT NULL"),
                "the new version points to the one it replaces");
    }

    @Test
    void aRunOfASourceAnotherProcessIsRunningIsSkippedAndSaysWhy() throws Exception {
        Settings s = Settings.defaults(Path.of("")).with(Settings.DB, tmp.resolve("db/silkroute.db").toString());
        Database db = Components.database(s);
        Path lockFile = java.nio.file.Files.createDirectories(tmp.resolve("raw/fixture")).resolve(".scrape.lock");
        try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
            ScrapeRun.Summary r = scrapeRun(db).run(source(), (d, t) -> { });
            assertEquals(1, r.failed());
            assertTrue(r.problems().get(0).contains("another run of fixture is in progress"), r.problems().toString());
            assertEquals(0, requests.size(), "nothing was fetched");
        }
        assertEquals(4, scrapeRun(db).run(source(), (d, t) -> { }).newDocuments(), "once the lock is released the run goes ahead");
    }

    private long gap(String path) {
        List<Long> t = new ArrayList<>();
        synchronized (requests) {
            for (Request r : requests) if (r.path().equals(path)) t.add(r.nanos());
        }
        return t.size() < 2 ? -1 : (t.get(1) - t.get(0)) / 1_000_000;
    }

    private static String text(Database db, String url) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             PreparedStatement ps = c.prepareStatement("SELECT text FROM documents WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), url + " is stored");
                return rs.getString(1);
            }
        }
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file()); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
