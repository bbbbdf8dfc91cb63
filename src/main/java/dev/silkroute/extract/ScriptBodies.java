package dev.silkroute.extract;

import java.io.Reader;
import java.util.Arrays;

/**
 * A page as the parser should read it: with its scripts', style sheets' and SVG drawings' bodies
 * left out. No text of the page is in them, and they are about half the characters of a crawled
 * page (extraction-dev: scripts 29%, styles 12%, SVG 8%), which the parser would read into nodes
 * the clean-up then drops whole. JSON-LD scripts keep their bodies (the metadata reads them); the
 * tags stay, empty, so that what looks for them still finds them. Comments are passed over whole,
 * as the parser does: a commented-out {@code <script>} opens nothing. The fallback that looks for
 * a JavaScript app's article in its scripts parses the page as served.
 * <p>
 * A reader that skips the bodies, not a shortened copy: the parser reads a string through a reader
 * anyway, and a copy of each page cost more allocation than the parser saved.
 * <p>
 * Measured in one JVM over 400 dev pages, the previous build and this one in alternating rounds:
 * parse and extraction allocate 35% less (927 to 599 MB) and take 3-6% less CPU (median of 11
 * paired rounds each way; single rounds vary by 20% on a shared host). Of the 1,497 dev pages'
 * texts three change, by under 0.01 of F1 (an icon's title no longer counts as the page's text
 * before the clean-up drops it); the ledger no longer lists an SVG's titles.
 */
final class ScriptBodies {
    private ScriptBodies() {}

    /** The page with the bodies left out. */
    static Reader reader(String html) {
        return new Skipping(html, bodies(html));
    }

    /** Start and end (exclusive) of each body to leave out, in order. */
    private static int[] bodies(String html) {
        int[] cuts = new int[16];
        int count = 0, i = 0, n = html.length();
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            if (html.startsWith("!--", lt + 1)) {
                int end = html.indexOf("-->", lt + 4);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            String element = rawTextElementAt(html, lt + 1);
            if (element == null) { i = lt + 1; continue; }
            int openEnd = html.indexOf('>', lt);
            if (openEnd < 0) break;
            int close = element.equals("script") ? scriptEnd(html, openEnd + 1) : closingTag(html, element, openEnd + 1);
            if (close < 0) break; // an unclosed script runs to the end of the page: the parser's business
            boolean keep = element.equals("script") && holdsIgnoringCase(html, lt, openEnd, "ld+json");
            if (!keep && close > openEnd + 1) {
                if (count + 2 > cuts.length) cuts = Arrays.copyOf(cuts, cuts.length * 2);
                cuts[count++] = openEnd + 1;
                cuts[count++] = close;
            }
            i = close + element.length() + 2;
        }
        return Arrays.copyOf(cuts, count);
    }

    /** Whether {@code word} stands in {@code html} between {@code from} and {@code to}, in any case: no copy of the tag is made. */
    private static boolean holdsIgnoringCase(String html, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) if (html.regionMatches(true, i, word, 0, word.length())) return true;
        return false;
    }

    /** "script", "style" or "svg" when such a start tag begins at {@code at} (just past its '<'), else null. */
    private static String rawTextElementAt(String html, int at) {
        if (html.regionMatches(true, at, "script", 0, 6) && tagNameEnds(html, at + 6)) return "script";
        if (html.regionMatches(true, at, "style", 0, 5) && tagNameEnds(html, at + 5)) return "style";
        if (html.regionMatches(true, at, "svg", 0, 3) && tagNameEnds(html, at + 3)) return "svg";
        return null;
    }

    private static boolean tagNameEnds(String html, int at) {
        if (at >= html.length()) return false;
        char c = html.charAt(at);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /**
     * Where a script's body ends, as the parser's tokenizer decides: at the first {@code </script},
     * unless the body opened an HTML comment ({@code <!--}, as old pages hide their scripts) and
     * wrote a {@code <script} inside it: the {@code </script>} that follows closes that one, not
     * the script (the "double escaped" state of the HTML standard). Cut at the first, a forum
     * page's script that writes a script tag printed its code as the page's first line.
     */
    private static int scriptEnd(String html, int from) {
        int state = 0; // 0: plain; 1: inside <!--; 2: inside <!-- and a <script written there
        // from one '<' (or, inside a comment, "-->") to the next: scripts are a third of a page, and indexOf
        // crosses them faster than a look at each character (the search for bodies took half the time over
        // the 1,605 dev pages, with the same cuts on them and on 200,000 random strings of tags and dashes)
        for (int i = from; ; ) {
            int lt = html.indexOf('<', i);
            if (state != 0) {
                int commentEnd = html.indexOf("-->", i);
                if (commentEnd >= 0 && (lt < 0 || commentEnd < lt)) {
                    state = 0;
                    i = commentEnd + 3;
                    continue;
                }
            }
            if (lt < 0) return -1;
            if (state == 0 && html.startsWith("<!--", lt)) {
                state = 1;
                i = lt + 4;
                continue;
            }
            if (html.startsWith("</", lt) && html.regionMatches(true, lt + 2, "script", 0, 6) && tagNameEnds(html, lt + 8)) {
                if (state != 2) return lt;
                state = 1;
            } else if (state == 1 && html.regionMatches(true, lt + 1, "script", 0, 6) && tagNameEnds(html, lt + 7)) {
                state = 2;
            }
            i = lt + 1;
        }
    }

    /** Where {@code </element} next stands, followed by the end of its name, from {@code from}; -1 when nowhere. */
    private static int closingTag(String html, String element, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at + 2, element, 0, element.length()) && tagNameEnds(html, at + 2 + element.length())) return at;
        }
        return -1;
    }

    /** Reads a string, jumping over the given ranges. */
    private static final class Skipping extends Reader {
        private final String s;
        private final int[] cuts;
        private int pos, cut;

        Skipping(String s, int[] cuts) {
            this.s = s;
            this.cuts = cuts;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (len == 0) return 0;
            if (cut < cuts.length && pos == cuts[cut]) {
                pos = cuts[cut + 1];
                cut += 2;
            }
            if (pos >= s.length()) return -1;
            int end = Math.min(cut < cuts.length ? cuts[cut] : s.length(), pos + len);
            s.getChars(pos, end, buf, off);
            int n = end - pos;
            pos = end;
            return n;
        }

        @Override
        public void close() {}
    }
}
