package dev.silkroute.extract;

/**
 * Length and shape measures of a line that work across scripts: a Han, Kana or Hangul character
 * carries about as much as a short Latin word, so it weighs three letters.
 */
public final class TextMeasure {
    private TextMeasure() {}

    public static boolean isCjk(int cp) {
        if (cp < 0x1100) return false; // below Hangul Jamo no script is CJK: skip the table look-up
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /**
     * Whether CJK characters make up more than half of a line's {@link #weightedLength} (given, as
     * callers have it already): a Chinese, Japanese or Korean line, spaces and Latin words aside.
     */
    public static boolean mostlyCjk(String s, int weightedLength) {
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) if (isCjk(s.charAt(i))) cjk++;
        return cjk * 3 * 2 > weightedLength;
    }

    /** Letters and digits, CJK characters counted three times. */
    public static int weightedLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                // ASCII, most of most pages: no Unicode tables needed
                if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9') n++;
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(cp)) n += isCjk(cp) ? 3 : 1;
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Runs of non-space characters (a script without spaces is one "word" per run). */
    public static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /**
     * The stops that end a sentence: Latin and CJK ones, and those of the scripts that have their
     * own: the Devanagari and Bengali danda (।, ॥), Burmese (။), Ethiopic (።), Arabic's question
     * mark and Urdu's full stop (؟, ۔), Armenian (։). Without them a Hindi or Burmese article
     * had no sentence at all and its shorter paragraphs were judged as menu lines (multilingual
     * text: Dainik Bhaskar 0.908 -> 0.983, a Burmese article 0.830 -> 0.932).
     */
    private static final String SENTENCE_STOPS = ".!?。！？…;；:：।॥။።؟۔։";
    /** What {@link #punctuation} counts: full stops, question and exclamation marks, semicolons and commas, in the same scripts. */
    private static final String PUNCTUATION = ".,;!?。，、；！？।॥။၊።፣؟۔،";

    /** Whether the line ends like a sentence (quotes and brackets after the stop allowed). */
    public static boolean endsLikeSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’»)）」』]】 ".indexOf(s.charAt(i)) >= 0) i--;
        return i >= 0 && SENTENCE_STOPS.indexOf(s.charAt(i)) >= 0;
    }

    /** Sentence stops and commas inside the line: prose has them, menus and labels rarely do. */
    public static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (PUNCTUATION.indexOf(s.charAt(i)) >= 0) n++;
        return n;
    }

    /**
     * Whitespace runs folded to one space, NBSP and other Unicode spaces included; a line of nothing
     * but invisible format characters (a page builder's spacer: a lone zero-width joiner) is empty.
     * Such characters stay inside text, where they join Persian and Indic letters and emoji.
     */
    public static String tidy(String s) {
        if (isTidy(s)) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false, visible = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
                if (!visible) visible = Character.getType(c) != Character.FORMAT; // asked until the first visible one
            }
        }
        return visible ? sb.toString() : "";
    }

    /** What {@link #tidy} folds: whitespace, NBSP and the other Unicode spaces, zero-width spaces and BOMs. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Whether {@link #tidy} would give the text back as it is: single spaces, none at either end, no
     * other whitespace and something visible. An element's text comes from the parser so, and
     * copying it character by character had been 3% of extraction.
     */
    private static boolean isTidy(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
        boolean visible = false;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (previous == ' ') return false;
            } else if (c < 128) {
                if (c < 33) return false; // a tab, a line break or another control: the slow way decides
                visible = true;
            } else if (isSpace(c)) {
                return false;
            } else if (!visible) {
                visible = Character.getType(c) != Character.FORMAT;
            }
            previous = c;
        }
        return visible;
    }

    /**
     * A code listing's text: its lines and their indentation are the listing (the whitespace
     * folding of {@link #tidy} printed a Python script as one line); trailing spaces, blank lines at
     * either end and zero-width characters go. Empty when nothing visible is left.
     */
    public static String tidyCode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean visible = false; // as tidy sees it, found in the same pass
        int lineStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                int end = sb.length();
                while (end > lineStart && Character.isWhitespace(sb.charAt(end - 1))) end--;
                sb.setLength(end);
                if (sb.length() > 0) sb.append('\n'); // blank lines above the first are dropped
                lineStart = sb.length();
            } else if (c != '\u200B' && c != '\uFEFF') {
                sb.append(c == '\u00A0' ? ' ' : c);
                if (!visible && !isSpace(c)) visible = Character.getType(c) != Character.FORMAT;
            }
        }
        return visible ? sb.toString().stripTrailing() : "";
    }

    /**
     * Whether {@code s} has at least {@code n} letters and digits: a lower bound on the length of its
     * {@link #forMatching} form, which keeps them all, found without building it.
     */
    static boolean hasLettersOrDigits(String s, int n) {
        int seen = 0;
        for (int i = 0; i < s.length() && seen < n; i++) if (Character.isLetterOrDigit(s.charAt(i))) seen++;
        return seen >= n;
    }

    /**
     * The form in which a title is compared with a line or a heading: lower case, without ASCII
     * punctuation or curly quotes (a loop: this runs on every block of every page).
     */
    public static String forMatching(String s) {
        String t = tidy(s).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean asciiPunct = c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c);
            if (!asciiPunct && "‘’“”«»".indexOf(c) < 0) out.append(c);
        }
        return out.toString();
    }
}
