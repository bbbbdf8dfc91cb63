package dev.silkroute.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 that was decoded as Windows-1252 (or ISO-8859-1) before it reached us — "debtâ€”nearly",
 * "priceÂ ", "Statesâ\u0080\u0099s" — as many scraped pages carry it in their own bytes. A sequence is rewritten only when
 * its Windows-1252 bytes are one well-formed UTF-8 character, so real text ("Ärger", "café") is
 * never touched.
 */
final class Mojibake {
    /** A UTF-8 lead byte read as Windows-1252, then 1–3 continuation bytes read the same way. */
    private static final Pattern SEQUENCE = Pattern.compile(
            "[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]{1,3}");
    private static final String CP1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private Mojibake() {}

    /** The repaired text and how many sequences were repaired. */
    record Repair(String text, int repaired) {}

    static Repair repair(String text) {
        int from = firstCandidate(text);
        if (from < 0) return new Repair(text, 0); // the common case, without running the pattern
        Matcher m = SEQUENCE.matcher(text);
        if (!m.find(from)) return new Repair(text, 0);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0, repaired = 0;
        do {
            String fixed = asUtf8(m.group());
            if (fixed != null) {
                out.append(text, last, m.start()).append(fixed);
                last = m.end();
                repaired++;
            }
        } while (m.find());
        out.append(text, last, text.length());
        return new Repair(out.toString(), repaired);
    }

    /**
     * Where the first lead character followed by a continuation character stands, or -1: "é" in
     * "café" is a lead character too, and running the pattern over every French page cost more
     * than the rest of decoding.
     */
    private static int firstCandidate(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4' && isContinuation(text.charAt(i + 1))) return i;
        }
        return -1;
    }

    private static boolean isContinuation(char c) {
        return c >= '\u0080' && c <= '\u00BF' || c > 0xFF && CP1252_HIGH.indexOf(c) >= 0;
    }

    /** The one character these Windows-1252 characters spell in UTF-8, or null. */
    private static String asUtf8(String seq) {
        byte[] bytes = new byte[seq.length()];
        for (int i = 0; i < seq.length(); i++) {
            char c = seq.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            if (c <= 0xFF && (c < 0x80 || c > 0x9F)) bytes[i] = (byte) c;
            else if (high >= 0) bytes[i] = (byte) (0x80 + high);
            // read as ISO-8859-1 instead, the bytes 0x80-0x9F became C1 controls, which no real text holds
            else if (c >= 0x80 && c <= 0x9F) bytes[i] = (byte) c;
            else return null;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePointCount(0, s.length()) == 1 ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
