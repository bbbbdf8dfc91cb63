package dev.silkroute.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.silkroute.intake.InputRejected;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text the way a careful browser would: BOM, then a declaration checked against
 * the bytes (valid UTF-8 wins over a wrong legacy declaration), then detection. Refuses empty,
 * binary and damaged-UTF-8 input with a reason rather than producing mojibake.
 */
public final class CharsetDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;

    /** Decodes an HTML page; {@code envelopeCharset} is the charset from an HTTP header, or null. */
    public DecodedText decodeHtml(byte[] bytes, String envelopeCharset) {
        rejectEmptyOrBinary(bytes);
        DecodedText bom = fromBom(bytes);
        if (bom != null) return checked(bom);
        String declared = envelopeCharset;
        String how = "envelope";
        if (declared == null) {
            declared = sniffMetaCharset(bytes);
            how = "declared";
        }
        return decodeWithDeclaration(bytes, declared, how, false);
    }

    /** Decodes a plain-text dump: no in-band declaration, so UTF-8 is checked first and legacy charsets detected. */
    public DecodedText decodeText(byte[] bytes, String envelopeCharset) {
        rejectEmptyOrBinary(bytes);
        DecodedText bom = fromBom(bytes);
        if (bom != null) return checked(bom);
        return decodeWithDeclaration(bytes, envelopeCharset, "envelope", true);
    }

    private static final int MIXED_EVIDENCE = 3;

    private DecodedText decodeWithDeclaration(byte[] bytes, String declared, String how, boolean strictUtf8) {
        Charset declaredCs = lookup(declared);
        Utf8Check utf8 = Utf8Check.of(bytes, 0);
        if (utf8.valid()) {
            boolean agrees = declaredCs == null || declaredCs.equals(StandardCharsets.UTF_8)
                    || utf8.multiByteSequences == 0 && isAsciiCompatible(declaredCs);
            DecodedText decoded;
            if (declaredCs != null && agrees) {
                decoded = new DecodedText(new String(bytes, declaredCs), new CharsetDecision(declaredCs.name(), how, 1.0, null));
            } else {
                String note = declaredCs == null ? null
                        : "declared " + declared + " but the bytes are valid UTF-8 with multi-byte sequences";
                decoded = new DecodedText(new String(bytes, StandardCharsets.UTF_8), new CharsetDecision("UTF-8", "detected", 1.0, note));
            }
            // the byte scan already said whether the text can hold what checked() looks for
            return checked(decoded, utf8.mayHoldMojibake, utf8.mayHoldReplacementOrPrivateUse);
        }
        // legacy charsets (GBK, windows-1251) look like UTF-8 only by accident: far more malformed than valid sequences.
        // A text dump is held to a stricter ratio because it has no declaration to fall back on.
        int ratio = strictUtf8 ? 1 : 4;
        if (utf8.multiByteSequences > 0 && utf8.multiByteSequences >= ratio * utf8.malformed && (strictUtf8 || declaredCs == null
                || declaredCs.equals(StandardCharsets.UTF_8))) {
            throw new InputRejected("decode", "invalid-utf8", "the file is UTF-8 with " + utf8.malformed
                    + " malformed byte sequence(s), the first at byte " + utf8.firstMalformedOffset
                    + "; it was probably truncated or mixes encodings: re-export it as clean UTF-8");
        }
        // a start in clean UTF-8 with several three-byte characters, then bytes that are not: two
        // encodings glued together, which no single charset decodes without mojibake
        if (declaredCs == null && utf8.longSequencesBeforeMalformed >= MIXED_EVIDENCE) {
            throw new InputRejected("decode", "invalid-utf8", "the file is valid UTF-8 up to byte " + utf8.firstMalformedOffset
                    + " and not after it: it mixes encodings; re-export it as clean UTF-8");
        }
        if (declaredCs != null) {
            String text = strictDecode(bytes, declaredCs);
            if (text != null) return checked(new DecodedText(text, new CharsetDecision(declaredCs.name(), how, 1.0, null)));
        }
        return checked(detect(bytes, declaredCs == null ? null : "declared " + declared + " but the bytes do not decode as it"));
    }

    private DecodedText detect(byte[] bytes, String note) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset cs = lookup(match.getName());
            if (cs == null) continue;
            String text = strictDecode(bytes, cs);
            if (text != null) {
                return new DecodedText(text, new CharsetDecision(cs.name(), "detected", match.getConfidence() / 100.0, note));
            }
        }
        throw new InputRejected("decode", "unknown-charset",
                "no charset decodes these bytes cleanly; save the page as UTF-8 or declare its charset");
    }

    private static DecodedText fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return bomDecoded(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return bomDecoded(b, 2, StandardCharsets.UTF_16LE);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return bomDecoded(b, 2, StandardCharsets.UTF_16BE);
        return null;
    }

    private static DecodedText bomDecoded(byte[] b, int skip, Charset cs) {
        byte[] rest = java.util.Arrays.copyOfRange(b, skip, b.length);
        String text = strictDecode(rest, cs);
        if (text == null) {
            throw new InputRejected("decode", "invalid-" + cs.name().toLowerCase(Locale.ROOT).replace("_", ""),
                    "the file starts with a " + cs.name() + " byte-order mark but its bytes are not valid " + cs.name());
        }
        return new DecodedText(text, new CharsetDecision(cs.name(), "bom", 1.0, null));
    }

    /** Legacy Chinese declarations name subsets of GB18030; decoding with the superset never loses characters. */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "hz-gb-2312" -> n = "GB18030";
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> n = "windows-1252"; // as browsers do
            case "utf8" -> n = "UTF-8";
            case "big5" -> n = "Big5-HKSCS";
            default -> { }
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String sniffMetaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isAsciiCompatible(Charset cs) {
        return !cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32");
    }

    private static String strictDecode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void rejectEmptyOrBinary(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) i++;
        if (i == bytes.length) {
            throw new InputRejected("decode", "empty", "the file is empty or only white space; nothing to extract");
        }
        if (fromBomIsUtf16(bytes)) return;
        int n = Math.min(bytes.length, 65536), controls = 0;
        for (int k = 0; k < n; k++) {
            int c = bytes[k] & 0xFF;
            if (c == 0) {
                throw new InputRejected("decode", "binary", "the file contains NUL bytes (first at byte " + k
                        + "): it is binary, not a text or HTML page; check what was saved under this name");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) controls++;
        }
        if (controls > n / 100 + 2) {
            throw new InputRejected("decode", "binary", "the file is mostly control bytes (" + controls + " in the first "
                    + n + "): it is binary, not a text or HTML page");
        }
    }

    private static boolean fromBomIsUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    /** Whether the text holds at least {@code wanted} letters: an icon font's private-use glyphs sit in pages of prose. */
    private static boolean hasLetters(String t, int wanted) {
        int n = 0;
        for (int i = 0; i < t.length() && n < wanted; i++) if (Character.isLetter(t.charAt(i))) n++;
        return n >= wanted;
    }

    /** {@link #checked(DecodedText, boolean, boolean)} for a text whose bytes were not screened. */
    private static DecodedText checked(DecodedText decoded) {
        return checked(decoded, true, true);
    }

    /**
     * Repairs UTF-8 carried double-encoded; refuses a text that is mostly replacement or private-use
     * characters, which was decoded wrongly. The flags say what the text may hold at all: a page's
     * UTF-8 bytes are scanned anyway, and scanning its characters again was a tenth of extraction.
     */
    private static DecodedText checked(DecodedText decoded, boolean mayHoldMojibake, boolean mayHoldBadCharacters) {
        Mojibake.Repair repair = mayHoldMojibake ? Mojibake.repair(decoded.text()) : new Mojibake.Repair(decoded.text(), 0);
        if (repair.repaired() > 0) {
            CharsetDecision d = decoded.charset();
            String note = (d.note() == null ? "" : d.note() + "; ") + "repaired " + repair.repaired()
                    + " UTF-8 sequence(s) the page carried double-encoded (read as Windows-1252)";
            decoded = new DecodedText(repair.text(), new CharsetDecision(d.name(), d.how(), d.confidence(), note));
        }
        // a repaired sequence may itself be U+FFFD ("ï¿½"), which the bytes did not show
        if (!mayHoldBadCharacters && repair.repaired() == 0) return decoded;
        String t = decoded.text();
        int bad = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) bad++;
        }
        // letters are counted only when there is something to weigh them against: most pages have no bad character
        if (bad > 16 && !hasLetters(t, bad * 20)) {
            throw new InputRejected("decode", "garbled", "the decoded text is garbled (" + bad
                    + " replacement characters); the charset " + decoded.charset().name() + " looks wrong");
        }
        return decoded;
    }
}
