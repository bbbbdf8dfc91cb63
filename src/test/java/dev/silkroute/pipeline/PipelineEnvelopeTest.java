package dev.silkroute.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.intake.InputRejected;
import dev.silkroute.intake.RawInput;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PipelineEnvelopeTest {
    private final Pipeline pipeline = Components.pipeline(Settings.defaults(Path.of("")));

    @Test
    void aGbkPageInAnEnvelopeIsDecodedWithTheHeaderCharsetAndKeepsItsUrl() {
        String html = "<html><head><title>成都与乌鲁木齐共建国际贸易通道</title></head><body><article>"
                + "<h1>成都与乌鲁木齐共建国际贸易通道</h1>"
                + "<p>四川自贸试验区在乌鲁木齐举行推介会，双方签署了安全、铁路运输和商务交流等领域的合作协议，共同打造国际贸易通道。</p>"
                + "<p>双方将在多式联运、跨境电商、金融、大宗商品贸易和信息资源共享等领域加强合作，推动两地产业协调发展。</p>"
                + "</article></body></html>";
        String envelope = "{\"url\": \"https://example.com/news/1.html\", \"fetched_at\": \"2024-03-04T12:00:00Z\", "
                + "\"status\": 200, \"headers\": {\"Content-Type\": \"text/html; charset=gbk\"}, \"body_base64\": \""
                + Base64.getEncoder().encodeToString(html.getBytes(Charset.forName("GBK"))) + "\"}";
        DocumentRecord r = pipeline.process(RawInput.of("page.json", envelope.getBytes(StandardCharsets.UTF_8)));
        assertEquals("GB18030", r.charset().name());
        assertEquals("envelope", r.charset().how());
        assertEquals("https://example.com/news/1.html", r.url());
        assertEquals("成都与乌鲁木齐共建国际贸易通道", r.title());
        assertTrue(r.text().startsWith("四川自贸试验区"));
        assertEquals("zh", r.language());
    }

    @Test
    void anEnvelopeWhoseBase64IsBrokenIsRefused() {
        String envelope = "{\"url\": \"https://example.com/\", \"body_base64\": \"%%% not base64 %%%\"}";
        InputRejected e = assertThrows(InputRejected.class,
                () -> pipeline.process(RawInput.of("bad.json", envelope.getBytes(StandardCharsets.UTF_8))));
        assertEquals("malformed-envelope", e.reason());
    }
}
