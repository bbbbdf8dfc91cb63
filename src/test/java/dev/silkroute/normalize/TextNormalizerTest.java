package dev.silkroute.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void proseHasItsSpacesFoldedAndItsEntitiesDecoded() {
        assertEquals("Urumqi & Almaty, 2 days", normalizer.normalize("  Urumqi &amp; Almaty,\u00a0\u00a02\u200b days  "));
        assertEquals("line one\nline two", normalizer.normalize("line one\n    line two"), "a line's leading spaces go");
    }

    @Test
    void aCodeListingKeepsItsIndentationAndItsEntitiesAsWritten() {
        assertEquals("if (a &amp;&amp; b) {\n    go();\n}", normalizer.normalizeCode("if (a &amp;&amp; b) {\n\u00a0   go();\u200b  \n}\n\n"));
    }
}
