package dev.silkroute.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /scrapes and GET /scrapes/{id}: off by default, on 127.0.0.1 with a bearer token when enabled. */
class HttpTriggerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    HttpServer site;
    Service service;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        if (service != null) service.stop();
        if (site != null) site.stop(0);
    }

    private Settings settings(boolean httpEnabled, int port) throws Exception {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.setExecutor(Executors.newFixedThreadPool(2));
        site.createContext("/", ex -> {
            byte[] body = ex.getRequestURI().getPath().equals("/robots.txt") ? "User-agent: *\n".getBytes(StandardCharsets.UTF_8)
                    : ("<html><head><title>Triggered</title></head><body><article><h1>Triggered</h1><p>A scheduler asked for this "
                    + "page over HTTP, and the service fetched it through the same pipeline as every other page.</p><p>Trade "
                    + "along the corridor grew again this quarter, the ministry said on Wednesday.</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            try { Thread.sleep(300); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        site.start();
        Path sources = tmp.resolve("sources.yaml");
        Files.writeString(sources, """
                defaults:
                  delay_ms: 100
                sources:
                  - name: site
                    start_urls: ["http://127.0.0.1:%d/news/1.html"]
                """.formatted(site.getAddress().getPort()));
        return Settings.defaults(Path.of("")).with(Settings.INBOX, tmp.resolve("inbox").toString())
                .with(Settings.DB, tmp.resolve("data/silkroute.db").toString()).with(Settings.SOURCES, sources.toString())
                .with(Settings.RAW_DIR, tmp.resolve("raw").toString()).with(Settings.HTTP_ENABLED, String.valueOf(httpEnabled))
                .with(Settings.HTTP_PORT, String.valueOf(port)).with(Settings.HTTP_TOKEN, "s3cret");
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSchedulerStartsARunOverHttpAndFollowsItToItsResult() throws Exception {
        int port = freePort();
        service = new Service(settings(true, port)).configure();
        service.start();
        URI scrapes = URI.create("http://127.0.0.1:" + port + "/scrapes");
        String body = "{\"source\": \"site\"}";

        assertEquals(401, send(HttpRequest.newBuilder(scrapes).POST(HttpRequest.BodyPublishers.ofString(body))).statusCode(),
                "no token, no run");
        HttpResponse<String> started = send(HttpRequest.newBuilder(scrapes).header("Authorization", "Bearer s3cret")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(202, started.statusCode(), started.body());
        String id = JSON.readTree(started.body()).get("id").asText();

        HttpResponse<String> again = send(HttpRequest.newBuilder(scrapes).header("Authorization", "Bearer s3cret")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(409, again.statusCode(), "the same source is not run twice at once: " + again.body());
        assertEquals(404, send(HttpRequest.newBuilder(scrapes).header("Authorization", "Bearer s3cret")
                .POST(HttpRequest.BodyPublishers.ofString("{\"source\": \"nope\"}"))).statusCode());

        JsonNode run = null;
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(scrapes + "/" + id)).header("Authorization", "Bearer s3cret").GET());
            assertEquals(200, r.statusCode(), r.body());
            run = JSON.readTree(r.body());
            if (!run.get("state").asText().equals("running")) break;
            Thread.sleep(100);
        }
        assertEquals("finished", run.get("state").asText(), run.toString());
        assertEquals(1, run.get("result").get("new_documents").asInt(), run.toString());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(scrapes + "/no-such-run")).header("Authorization", "Bearer s3cret")
                .GET()).statusCode());
    }

    @Test
    void byDefaultNoPortIsOpened() throws Exception {
        int port = freePort();
        Settings s = settings(false, port);
        service = new Service(s).configure();
        CamelContext camel = service.start();
        assertNull(camel.getRoute("http-start-scrape"), "the HTTP routes are not loaded");
        assertThrows(ConnectException.class, () -> send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/scrapes")).GET()));
    }
}
