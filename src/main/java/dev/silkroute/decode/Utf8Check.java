package dev.silkroute.decode;

/**
 * Counts well-formed multi-byte UTF-8 sequences and malformed bytes in one pass. A file with many of
 * the first and a few of the second is damaged UTF-8 (truncated, concatenated, mixed), not a legacy
 * charset, and is better refused than decoded into mojibake.
 */
final class Utf8Check {
    /** Eight bytes at a time: most of a page is ASCII markup, and a word without a high bit needs no look. */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    final int multiByteSequences;
    final int malformed;
    final int firstMalformedOffset;
    /** Three- and four-byte sequences before the first malformed byte: a clean UTF-8 start, which a legacy charset rarely fakes. */
    final int longSequencesBeforeMalformed;
    /**
     * Whether the decoded text may hold UTF-8 read as Windows-1252 ("â€™"): a character Â..ô (C3 82..B4)
     * followed by one encoded with lead byte C2, C5, C6, CB or E2, the leads of the characters such a
     * reading produces. When not, decoding need not look for it.
     */
    final boolean mayHoldMojibake;
    /** Whether the decoded text may hold U+FFFD or private-use characters: some sequence starts with EE or EF. */
    final boolean mayHoldReplacementOrPrivateUse;

    private Utf8Check(int multi, int malformed, int first, int longBefore, boolean mojibake, boolean replacement) {
        this.multiByteSequences = multi;
        this.malformed = malformed;
        this.firstMalformedOffset = first;
        this.longSequencesBeforeMalformed = longBefore;
        this.mayHoldMojibake = mojibake;
        this.mayHoldReplacementOrPrivateUse = replacement;
    }

    boolean valid() { return malformed == 0; }

    static Utf8Check of(byte[] b, int from) {
        int multi = 0, bad = 0, first = -1, longBefore = 0;
        boolean mojibake = false, replacement = false;
        int i = from;
        while (i < b.length) {
            if (i + 8 <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) { i += 8; continue; }
            int c = b[i] & 0xFF;
            int need;
            if (c < 0x80) { i++; continue; }
            else if (c >= 0xC2 && c <= 0xDF) need = 1;
            else if (c >= 0xE0 && c <= 0xEF) need = 2;
            else if (c >= 0xF0 && c <= 0xF4) need = 3;
            else { bad++; if (first < 0) first = i; i++; continue; }
            if (i + need >= b.length) {
                // truncated at the very end of the file: a cut-off download
                bad++; if (first < 0) first = i; break;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                if ((b[i + k] & 0xC0) != 0x80) { ok = false; break; }
            }
            if (ok && need == 2) {
                int c1 = b[i + 1] & 0xFF;
                if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)) ok = false; // overlong, surrogate
            }
            if (ok && need == 3) {
                int c1 = b[i + 1] & 0xFF;
                if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) ok = false;
            }
            if (ok) {
                multi++;
                if (need >= 2 && first < 0) longBefore++;
                if (c == 0xC3 && !mojibake) mojibake = startsMojibake(b, i);
                else if (c == 0xEE || c == 0xEF) replacement = true;
                i += need + 1;
            }
            else { bad++; if (first < 0) first = i; i++; }
        }
        return new Utf8Check(multi, bad, first, longBefore, mojibake, replacement);
    }

    private static boolean startsMojibake(byte[] b, int i) {
        int second = b[i + 1] & 0xFF;
        if (second < 0x82 || second > 0xB4 || i + 2 >= b.length) return false;
        int next = b[i + 2] & 0xFF;
        return next == 0xC2 || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2;
    }
}
