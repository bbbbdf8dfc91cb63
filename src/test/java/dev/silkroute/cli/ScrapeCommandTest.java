package dev.silkroute.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code silkroute scrape} as cron calls it: a summary line, exit 0/1/2. */
class ScrapeCommandTest {
    @TempDir
    Path tmp;

    private int run(ByteArrayOutputStream out, String... args) {
        PrintStream o = System.out, e = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            return new CommandLine(new Silkroute()).execute(args);
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    @Test
    void anUnknownSourceIsAUsageErrorThatNamesTheKnownOnes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, run(out, "scrape", "no-such-source", "--db", tmp.resolve("db").toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("example-news"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aUrlIsScrapedAndSummarizedAndAFailedPageMakesExitOne() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            int status = path.equals("/gone.html") ? 404 : 200;
            byte[] body = path.equals("/robots.txt") ? new byte[0] : ("<html><head><title>Cron page</title></head><body><article>"
                    + "<h1>Cron page</h1><p>A page fetched by the scrape command that cron runs every hour of the day.</p><p>The "
                    + "railway carried more freight this month than in any month before, the operator said.</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) ex.getResponseBody().write(body);
            ex.close();
        });
        site.start();
        try {
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = run(out, "scrape", base + "/news/1.html", "--db", tmp.resolve("db/silkroute.db").toString());
            String printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, printed);
            assertTrue(printed.contains("1 fetched") && printed.contains("1 new documents"), printed);

            out = new ByteArrayOutputStream();
            code = run(out, "scrape", base + "/gone.html", "--db", tmp.resolve("db/silkroute.db").toString());
            printed = out.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, printed);
            assertTrue(printed.contains("http-404"), printed);
        } finally {
            site.stop(0);
        }
    }
}
