package dev.silkroute.normalize;

import java.text.Normalizer;
import org.jsoup.parser.Parser;

/**
 * The stored form of text: NFC, HTML entities left in a dump decoded ("&amp;" → "&"), NBSP and
 * other Unicode spaces as plain spaces, runs of spaces folded, zero-width characters dropped.
 * Quotes and dashes are kept as written: they are the author's, and matching folds them separately.
 */
public final class TextNormalizer {

    public String normalize(String s) {
        if (s == null) return null;
        String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isInvisible(c)) continue;
            if (c == '\n') { sb.append(c); space = false; continue; }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { space = true; continue; }
            if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append(' ');
            space = false;
            sb.append(c);
        }
        return sb.toString().strip();
    }

    /**
     * A code listing's stored form: NFC and no zero-width characters, as {@link #normalize}, but its
     * spaces are indentation and stay. Its entities are not decoded: "&amp;" in a listing is code.
     */
    public String normalizeCode(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder(s.length());
        for (String line : Normalizer.normalize(s, Normalizer.Form.NFC).split("\n", -1)) {
            int start = sb.length();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!isInvisible(c)) sb.append(c == '\u00A0' ? ' ' : c);
            }
            int end = sb.length();
            while (end > start && Character.isWhitespace(sb.charAt(end - 1))) end--;
            sb.setLength(end);
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** A zero-width space, a byte-order mark or a soft hyphen: nothing a reader sees, in prose or code. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD';
    }
}
