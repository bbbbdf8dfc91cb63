package dev.silkroute.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        assertEquals("debt\u2014nearly seven", Mojibake.repair("debt\u00e2\u20ac\u201dnearly seven").text());
        assertEquals("It\u2019s \u00dcr\u00fcmqi", Mojibake.repair("It\u00e2\u20ac\u2122s \u00c3\u0153r\u00c3\u00bcmqi").text());
        assertEquals("price\u00a0$62", Mojibake.repair("price\u00c2\u00a0$62").text());
    }

    @Test
    void utf8ReadAsIso88591IsRepairedToo() {
        // the same bytes read as Latin-1 leave C1 controls where Windows-1252 has curly quotes
        assertEquals("The United States\u2019s buses", Mojibake.repair("The United States\u00e2\u0080\u0099s buses").text());
        assertEquals("coverage\u2014just", Mojibake.repair("coverage\u00e2\u0080\u0094just").text());
    }

    @Test
    void realTextInLatinAndOtherScriptsIsNeverTouched() {
        for (String real : new String[] {"\u00c4rger und Caf\u00e9", "\u00c2ge d'or", "\u00c3o Paulo", "\u0423\u0440\u0443\u043c\u0447\u0438",
                "\u4e4c\u9c81\u6728\u9f50", "na\u00efve r\u00e9sum\u00e9 \u00a9 2024"}) {
            assertEquals(real, Mojibake.repair(real).text(), real);
        }
    }

    @Test
    void theDecoderRepairsAPageThatCarriesDoubleEncodedTextAndSaysSo() {
        byte[] page = "<html><head><meta charset=\"utf-8\"></head><body><p>debt\u00e2\u20ac\u201dnearly</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        DecodedText d = new CharsetDecoder().decodeHtml(page, null);
        assertEquals(true, d.text().contains("debt\u2014nearly"));
        assertEquals(true, d.charset().note().contains("repaired 1"));
    }
}
