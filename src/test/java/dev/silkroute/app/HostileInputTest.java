package dev.silkroute.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import dev.silkroute.testing.Inbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile-input corpus, generated here (no committed binaries), dropped into the real service.
 * Every case lands where an operator expects — stored, or in {@code .failed/} with the reason in
 * {@code NAME.error.json} — and a good file dropped after each one is still stored.
 */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    @TempDir
    Path tmp;
    Path inbox;
    Path db;
    Service service;
    Inbox box;

    @BeforeEach
    void start() throws Exception {
        inbox = tmp.resolve("inbox");
        db = tmp.resolve("data/silkroute.db");
        Settings s = Settings.defaults(Path.of("")).with(Settings.INBOX, inbox.toString()).with(Settings.DB, db.toString())
                .with(Settings.MIN_AGE_MS, "100").with(Settings.POLL_MS, "100")
                .with(Settings.MAX_BYTES, String.valueOf(MAX_BYTES)).with(Settings.MAX_SECONDS, "30");
        service = new Service(s).configure();
        service.start();
        box = new Inbox(inbox, db);
    }

    @AfterEach
    void stop() throws Exception {
        service.stop();
    }

    @Test
    void everyHostileFileEndsStoredOrQuarantinedWithItsReasonAndTheGoodFilesAfterThemAreStored() throws Exception {
        Map<String, String> failures = new LinkedHashMap<>(); // file name → expected reason
        List<String> stored = new ArrayList<>();
        Random random = new Random(11);

        failures.put("empty.txt", "empty");
        byte[] binary = new byte[8192];
        random.nextBytes(binary);
        failures.put("binary.txt", "binary");
        failures.put("nul-bytes.txt", "binary");
        failures.put("mixed-encoding.txt", "invalid-utf8");
        failures.put("too-large.txt", "too-large");
        failures.put("not-json.json", "malformed-envelope");
        failures.put("bad-base64.json", "malformed-envelope");
        failures.put("bomb.html.gz", "too-large");
        failures.put("corrupt.html.gz", "corrupt-gzip");
        failures.put("link-out.txt", "symlink");
        failures.put("report.pdf", "unsupported-type");

        Path outside = Files.createDirectories(tmp.resolve("outside")).resolve("secret.txt");
        Files.writeString(outside, article("A secret file outside the inbox that must never be read through a link."));

        drop("empty.txt", new byte[0]);
        drop("binary.txt", binary);
        drop("nul-bytes.txt", "Title\n\nText with\0NUL\0bytes\0in\0it and more text after them.\n".repeat(20)
                .getBytes(StandardCharsets.UTF_8));
        byte[] utf8 = article("Mixed encodings: this part is UTF-8 — Ürümqi’s café —, the next is GBK.").getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "乌鲁木齐是新疆的首府，这一段是用GBK编码的中文文字。".repeat(5).getBytes(Charset.forName("GBK"));
        drop("mixed-encoding.txt", concat(utf8, gbk));
        drop("too-large.txt", new byte[(int) MAX_BYTES + 1]);
        drop("not-json.json", "{\"url\": \"https://example.com/a\", \"body\": ".getBytes(StandardCharsets.UTF_8));
        drop("bad-base64.json", "{\"url\": \"https://example.com/b\", \"body_base64\": \"%%% not base64 %%%\"}"
                .getBytes(StandardCharsets.UTF_8));
        drop("bomb.html.gz", gzip(new byte[(int) MAX_BYTES * 3]));
        byte[] corrupt = gzip(html("A gzip file cut short", article("This page was truncated in transit.")).getBytes(StandardCharsets.UTF_8));
        drop("corrupt.html.gz", java.util.Arrays.copyOf(corrupt, corrupt.length / 2));
        Files.createSymbolicLink(inbox.resolve("link-out.txt"), outside);
        drop("report.pdf", "%PDF-1.4 not a page".getBytes(StandardCharsets.UTF_8));

        // pages that must be stored, some of them hostile in form only
        String gbkTitle = "乌鲁木齐国际陆港区建设提速";
        drop("gbk-declared-utf8.html", ("<html><head><meta charset=\"utf-8\"><title>" + gbkTitle + "</title></head><body><article>"
                + "<h1>" + gbkTitle + "</h1><p>" + "新疆乌鲁木齐国际陆港区今年开行中欧班列超过一千列，货物运往中亚和欧洲多个国家。".repeat(3)
                + "</p><p>" + "园区负责人表示，明年将继续扩大物流能力，服务丝绸之路经济带核心区建设。".repeat(3)
                + "</p></article></body></html>").getBytes(Charset.forName("GBK")));
        stored.add("gbk-declared-utf8.html");
        drop("long-line.txt", ("Long line title\n\n" + "word and more words, ".repeat(120_000)).getBytes(StandardCharsets.UTF_8));
        stored.add("long-line.txt");
        drop("many-elements.html", ("<html><body><article><h1>Tiny elements</h1><p>" + article("Many tiny elements follow.")
                + "</p>" + "<span>x</span>".repeat(200_000) + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
        stored.add("many-elements.html");
        // parsed as browsers do: elements past 512 levels become siblings, so the text is kept
        drop("deep.html", ("<html><body>" + "<div>".repeat(100_000) + "<p>" + article("Deep.") + "</p>"
                + "</div>".repeat(100_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        stored.add("deep.html");
        drop("page.html.gz", gzip(html("A compressed page", article("This page arrived gzip-compressed.")).getBytes(StandardCharsets.UTF_8)));
        stored.add("page.html.gz");
        for (String name : List.of("name with spaces.txt", "新疆 日报.txt", "-leading-dash.txt", "semi;colon $(rm -rf x) `y` & z.txt")) {
            drop(name, article("A page whose file name is " + name + ".").getBytes(StandardCharsets.UTF_8));
            stored.add(name);
        }
        // a good file after every case
        int good = failures.size();
        for (int i = 0; i < good; i++) {
            String name = "good-" + i + ".txt";
            drop(name, article("Good file number " + i + " arrives after a hostile one.").getBytes(StandardCharsets.UTF_8));
            stored.add(name);
        }

        assertTrue(box.waitEmpty(180), "every file leaves the inbox; left: " + box.waiting());

        Path failed = inbox.resolve(".failed");
        Path done = inbox.resolve(".done").resolve(LocalDate.now(ZoneOffset.UTC).toString());
        for (Map.Entry<String, String> f : failures.entrySet()) {
            assertTrue(Files.exists(failed.resolve(f.getKey()), java.nio.file.LinkOption.NOFOLLOW_LINKS), f.getKey() + " is in .failed/");
            JsonNode report = JSON.readTree(failed.resolve(f.getKey() + ".error.json").toFile());
            assertEquals(f.getValue(), report.get("error").asText(), f.getKey() + ": " + report);
            assertFalse(report.get("message").asText().isBlank(), f.getKey() + " has a message for the operator");
        }
        assertTrue(Files.isSymbolicLink(failed.resolve("link-out.txt")), "the link itself was moved, not its target");
        assertTrue(Files.exists(outside), "the link's target is untouched");
        for (String name : stored) {
            assertTrue(Files.exists(done.resolve(name)), name + " is in .done/");
            assertEquals(1, box.count("SELECT COUNT(*) FROM documents WHERE source_file = ?", name), name + " is stored once");
        }
        assertEquals(0, box.count("SELECT COUNT(*) FROM documents WHERE text LIKE ?", "%secret file outside%"),
                "nothing was read through the symlink");
        assertTrue(box.text("gbk-declared-utf8.html").contains("中欧班列"), "GBK bytes under a UTF-8 declaration decode as GBK");
        assertTrue(box.text("deep.html").contains("carries freight every day"), "the text under 100,000 levels is kept");
        assertEquals(stored.size(), box.count("SELECT COUNT(*) FROM documents"));
    }

    private void drop(String name, byte[] bytes) throws Exception {
        box.drop(name, bytes);
    }

    private static String article(String lead) {
        return lead + " The railway between the two cities opened last year and now carries freight every day. "
                + "Officials said trade along the corridor had grown by a third, and that new lines are planned.";
    }

    private static String html(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text
                + "</p></article></body></html>";
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
