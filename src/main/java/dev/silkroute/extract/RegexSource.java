package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pattern's source, as the furniture rules need it: whether it is anchored at the line's
 * start, its groups made non-capturing, and the characters a match can begin with.
 * <p>
 * The characters a match of a pattern anchored at the line's start can begin with, read from the
 * pattern's source: "^(back to top|home|menu)$" can only match a line starting with b, h or m.
 * Most of the furniture rules are such alternations of phrases, and a dump's lines go through all
 * of them; asking the line's first character first spares the regex engine nearly all of them.
 * <p>
 * Only what can be read for certain is read: literal characters, escaped punctuation, groups and
 * alternations, optional parts ({@code ?}, {@code *}, <code>{0,n}</code>). Anything else at a
 * match's possible start (a character class, a dot, {@code \d}, a lookaround, a back reference)
 * makes the answer "unknown", and the pattern is always tried.
 */
final class RegexSource {
    private RegexSource() {}

    /**
     * @param regex a pattern every top-level alternative of which starts with {@code ^}
     * @return the characters a match can begin with, or null when they cannot be read for certain
     *         (or a match can be empty)
     */
    static String firstChars(String regex) {
        StringBuilder out = new StringBuilder();
        for (String alternative : alternatives(regex)) {
            if (!alternative.startsWith("^")) return null;
            String first = first(alternative.substring(1));
            if (first == null) return null;
            for (int i = 0; i < first.length(); i++) if (out.indexOf(String.valueOf(first.charAt(i))) < 0) out.append(first.charAt(i));
        }
        return out.toString();
    }

    /** The first characters of a sequence, or null when unknown or when it can match the empty string. */
    private static String first(String seq) {
        if (seq.isEmpty()) return null;
        char c = seq.charAt(0);
        String own;
        int end; // where the element after the first one starts, before its quantifier
        if (c == '(') {
            int close = closingParen(seq, 0);
            if (close < 0) return null;
            String inside = seq.substring(1, close);
            if (inside.startsWith("?")) {
                if (!inside.startsWith("?:")) return null; // a lookaround or a flag group
                inside = inside.substring(2);
            }
            StringBuilder union = new StringBuilder();
            for (String alternative : alternatives(inside)) {
                String f = first(alternative);
                if (f == null) return null;
                union.append(f);
            }
            own = union.toString();
            end = close + 1;
        } else if (c == '\\') {
            if (seq.length() < 2) return null;
            char escaped = seq.charAt(1);
            if (Character.isLetterOrDigit(escaped)) return null; // \d, \s, \b, \p{...}, \1: not a literal
            own = String.valueOf(escaped);
            end = 2;
        } else if (c == '[') {
            end = tokenEnd(seq, 0);
            if (seq.charAt(end - 1) != ']') return null; // unclosed
            own = classChars(seq.substring(1, end - 1));
            if (own == null) return null;
        } else if (".^$|)?*+{".indexOf(c) >= 0) {
            return null;
        } else {
            own = String.valueOf(c);
            end = 1;
        }
        if (optional(seq, end)) {
            String rest = first(seq.substring(afterQuantifier(seq, end)));
            return rest == null ? null : own + rest;
        }
        return own;
    }

    /** Whether the element ending at {@code end} is followed by a quantifier that allows it zero times. */
    private static boolean optional(String seq, int end) {
        if (end >= seq.length()) return false;
        char q = seq.charAt(end);
        if (q == '?' || q == '*') return true;
        return q == '{' && seq.startsWith("{0", end);
    }

    private static int afterQuantifier(String seq, int end) {
        int i = end;
        if (seq.charAt(i) == '{') {
            i = seq.indexOf('}', i);
            if (i < 0) return seq.length();
        }
        i++;
        if (i < seq.length() && (seq.charAt(i) == '?' || seq.charAt(i) == '+')) i++; // lazy or possessive
        return i;
    }

    /** The characters of a class of single characters ("【\\["), or null for a range, a negation or an escape class. */
    private static String classChars(String inside) {
        if (inside.isEmpty() || inside.startsWith("^") || inside.contains("&&")) return null;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '[') return null; // a nested class or a union: not read
            if (c == '\\') {
                if (i + 1 == inside.length() || Character.isLetterOrDigit(inside.charAt(i + 1))) return null;
                out.append(inside.charAt(++i));
            } else if (c == '-' && i > 0 && i < inside.length() - 1) {
                return null; // a range
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i = tokenEnd(s, i)) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** The top-level alternatives of a pattern (split at the bars outside groups and classes). */
    static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < regex.length(); i = tokenEnd(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** Whether every top-level alternative of the regex starts with {@code ^}. */
    static boolean anchoredAtStart(String regex) {
        return alternatives(regex).stream().allMatch(a -> a.startsWith("^"));
    }

    /**
     * The regex with its groups made non-capturing. A rule only asks whether a line matches, and a
     * matcher allocates and clears room for each of its pattern's groups for every line it is given
     * (the rules' alternations hold hundreds). Alone, the gain was within this machine's noise.
     */
    static String nonCapturing(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 32);
        for (int i = 0; i < regex.length(); ) {
            int end = tokenEnd(regex, i);
            out.append(regex, i, end);
            if (regex.charAt(i) == '(' && (end == regex.length() || regex.charAt(end) != '?')) out.append("?:");
            i = end;
        }
        return out.toString();
    }

    /**
     * The index after the token that starts at {@code i}: an escape ("\\("), a character class
     * ("[|(]", whose bars and parentheses are its own), or one character. Every reading above walks
     * a pattern token by token, so none mistakes an escaped or classed character for structure.
     */
    private static int tokenEnd(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') return Math.min(i + 2, regex.length());
        if (c != '[') return i + 1;
        for (int k = i + 1; k < regex.length(); k++) {
            char d = regex.charAt(k);
            if (d == '\\') k++;
            else if (d == ']') return k + 1;
        }
        return regex.length();
    }
}
