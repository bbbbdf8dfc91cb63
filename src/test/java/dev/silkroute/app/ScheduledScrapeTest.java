package dev.silkroute.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.silkroute.scrape.ScrapeJobs;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source with a cron schedule in sources.yaml is scraped by the running service on its own, never twice at once. */
class ScheduledScrapeTest {
    @TempDir
    Path tmp;
    HttpServer server;
    Service service;
    CamelContext camel;
    final AtomicInteger articleHits = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            if (path.equals("/robots.txt")) {
                body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
            } else {
                articleHits.incrementAndGet();
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try { Thread.sleep(1500); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                inFlight.decrementAndGet();
                body = ("<html><head><title>Scheduled page</title></head><body><article><h1>Scheduled page</h1><p>The freight "
                        + "terminal handled a record number of trains this week, the operator said on Monday morning.</p><p>Officials "
                        + "expect the new customs procedures to shorten waiting times at the border even further.</p></article></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().add("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path sources = tmp.resolve("sources.yaml");
        Files.writeString(sources, """
                user_agent: "silkroute-test/0.1"
                defaults:
                  delay_ms: 100
                sources:
                  - name: every-second
                    start_urls: ["%s/news/1.html"]
                    schedule: "* * * * * ?"
                """.formatted(base));
        Settings s = Settings.defaults(Path.of("")).with(Settings.INBOX, tmp.resolve("inbox").toString())
                .with(Settings.DB, tmp.resolve("data/silkroute.db").toString()).with(Settings.SOURCES, sources.toString())
                .with(Settings.RAW_DIR, tmp.resolve("raw").toString());
        service = new Service(s).configure();
        camel = service.start();
    }

    @AfterEach
    void stop() throws Exception {
        service.stop();
        server.stop(0);
    }

    @Test
    void theScheduleRunsTheSourceAndATriggerWhileItRunsIsRefused() throws Exception {
        assertTrue(camel.getRoute("scrape-every-second") != null, "a route was made for the scheduled source");
        long until = System.currentTimeMillis() + 20_000;
        while (documents() == 0 && System.currentTimeMillis() < until) Thread.sleep(200);
        assertEquals(1, documents(), "the scheduled run stored the page");

        ScrapeJobs jobs = camel.getRegistry().lookupByNameAndType("scrapes", ScrapeJobs.class);
        // the schedule fires every second and a run takes 1.5 s: wait until one is running, then trigger
        ScrapeJobs.Refused refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            try {
                jobs.start("every-second", "test");
            } catch (ScrapeJobs.Refused r) {
                refused = r;
            }
            Thread.sleep(50);
        }
        assertTrue(refused != null && refused.status == 409, "a second trigger of a running source is refused");
        Thread.sleep(3000);
        assertEquals(1, maxInFlight.get(), "never two fetches of the source at once");
        assertTrue(articleHits.get() >= 2, "the schedule keeps firing");
        assertEquals(1, documents(), "unchanged content gives no new document");
    }

    private long documents() throws Exception {
        Path db = tmp.resolve("data/silkroute.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
