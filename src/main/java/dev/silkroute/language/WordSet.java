package dev.silkroute.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A set of words in about ten bits a word: a Bloom filter. It may say a word is there when it is not
 * (about one time in a hundred), never the other way round. The lexicons of 24 languages hold
 * millions of word forms; as plain text they would weigh tens of megabytes, as a filter a few.
 */
final class WordSet {
    /** Bits per word and hash count for a false-positive rate of about 1%. */
    static final int BITS_PER_WORD = 10;
    private static final int HASHES = 7;

    private final long[] bits;
    private final long size;
    private int words;

    private WordSet(long[] bits, int words) {
        this.bits = bits;
        this.size = (long) bits.length * 64;
        this.words = words;
    }

    static WordSet sized(int expectedWords) {
        long m = Math.max(64, (long) expectedWords * BITS_PER_WORD);
        return new WordSet(new long[(int) ((m + 63) / 64)], 0);
    }

    /** How many words went in. */
    int words() {
        return words;
    }

    /** Only while building ({@link LexiconImport}); the sets the detector reads are never changed. */
    void add(String word) {
        forEachBit(word, i -> bits[(int) (i >>> 6)] |= 1L << (i & 63));
        words++;
    }

    boolean mightContain(String word) {
        boolean[] all = {true};
        forEachBit(word, i -> {
            if ((bits[(int) (i >>> 6)] & (1L << (i & 63))) == 0) all[0] = false;
        });
        return all[0];
    }

    private void forEachBit(String word, java.util.function.LongConsumer sink) {
        BytesRef b = new BytesRef(word.getBytes(StandardCharsets.UTF_8));
        // two independent hashes combined (Kirsch–Mitzenmacher) stand in for seven
        long h1 = StringHelper.murmurhash3_x86_32(b, 0x5bd1e995) & 0xffffffffL;
        long h2 = StringHelper.murmurhash3_x86_32(b, 0x1b873593) & 0xffffffffL;
        for (int k = 0; k < HASHES; k++) sink.accept(Math.floorMod(h1 + k * h2, size));
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(words);
        out.writeInt(bits.length);
        for (long l : bits) out.writeLong(l);
    }

    static WordSet readFrom(DataInputStream in) throws IOException {
        int words = in.readInt();
        long[] bits = new long[in.readInt()];
        for (int i = 0; i < bits.length; i++) bits[i] = in.readLong();
        return new WordSet(bits, words);
    }
}
