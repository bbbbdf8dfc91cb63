package dev.silkroute.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.intake.InputRejected;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDecoderTest {
    private final CharsetDecoder decoder = new CharsetDecoder();
    private static final String CHINESE = "<html><body><p>乌鲁木齐市人民政府与成都市签署合作协议，共同建设国际贸易通道。"
            + "双方将在铁路运输、跨境电商、金融等领域加强合作，推动丝绸之路经济带建设。</p></body></html>";

    @Test
    void gbkPageWithoutDeclarationIsDetectedAsGb18030() {
        DecodedText d = decoder.decodeHtml(CHINESE.getBytes(Charset.forName("GBK")), null);
        assertEquals("GB18030", d.charset().name());
        assertEquals("detected", d.charset().how());
        assertTrue(d.text().contains("乌鲁木齐市人民政府"));
    }

    @Test
    void validUtf8WinsOverAWrongLegacyDeclaration() {
        String html = "<meta charset=\"gb2312\">" + CHINESE;
        DecodedText d = decoder.decodeHtml(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("UTF-8", d.charset().name());
        assertTrue(d.charset().note().contains("gb2312"), "the overruled declaration is noted");
        assertTrue(d.text().contains("乌鲁木齐"));
    }

    @Test
    void aTrueGb2312DeclarationIsHonouredAsGb18030() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">" + CHINESE;
        DecodedText d = decoder.decodeHtml(html.getBytes(Charset.forName("GB18030")), null);
        assertEquals("GB18030", d.charset().name());
        assertEquals("declared", d.charset().how());
    }

    @Test
    void byteOrderMarkDecides() {
        byte[] body = "Ürümqi".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        DecodedText d = decoder.decodeText(withBom, null);
        assertEquals("bom", d.charset().how());
        assertEquals("Ürümqi", d.text());
    }

    @Test
    void cyrillicWindows1251TextIsDetected() {
        String ru = "Казахстан и Китай подписали соглашение о сотрудничестве в области транспорта и торговли. "
                + "Стороны договорились развивать железнодорожные перевозки через Хоргос.";
        DecodedText d = decoder.decodeText(ru.getBytes(Charset.forName("windows-1251")), null);
        assertEquals(ru, d.text());
    }

    @Test
    void emptyBinaryAndDamagedUtf8AreRefusedWithAReason() {
        assertEquals("empty", assertThrows(InputRejected.class, () -> decoder.decodeText(" \n ".getBytes(), null)).reason());
        assertEquals("binary", assertThrows(InputRejected.class,
                () -> decoder.decodeHtml(new byte[]{'<', 'p', 0, 1, 2, 3}, null)).reason());
        byte[] damaged = "Ürümqi — Урумчи — 乌鲁木齐 and more text".getBytes(StandardCharsets.UTF_8);
        damaged[damaged.length - 12] = (byte) 0xFF;
        assertEquals("invalid-utf8", assertThrows(InputRejected.class, () -> decoder.decodeText(damaged, null)).reason());
    }

    @Test
    void aPageThatIsMostlyReplacementCharactersIsRefusedAsGarbledEvenWhenTheyArriveDoubleEncoded() {
        String lossy = "<html><body><p>" + "\uFFFD\uFFFD\uFFFD ".repeat(40) + "ok</p></body></html>";
        InputRejected plain = assertThrows(InputRejected.class, () -> decoder.decodeHtml(lossy.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("garbled", plain.reason());

        // U+FFFD's UTF-8 bytes read as Windows-1252 ("ï¿½"): repaired back to U+FFFD, then counted
        String doubled = "<html><body><p>" + "\u00ef\u00bf\u00bd\u00ef\u00bf\u00bd ".repeat(40) + "ok</p></body></html>";
        InputRejected repaired = assertThrows(InputRejected.class, () -> decoder.decodeHtml(doubled.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("garbled", repaired.reason());

        String fine = "<html><body><p>Ürümqi — Урумчи — 乌鲁木齐 ＡＢＣ，and a private-use icon \uE001 in a menu.</p></body></html>";
        assertTrue(decoder.decodeHtml(fine.getBytes(StandardCharsets.UTF_8), null).text().contains("乌鲁木齐 ＡＢＣ"));
    }
}
