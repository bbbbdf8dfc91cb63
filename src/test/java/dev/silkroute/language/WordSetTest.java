package dev.silkroute.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;

class WordSetTest {
    @Test
    void everyWordAddedIsFoundAndFewOthersAre() {
        WordSet set = WordSet.sized(20_000);
        for (int i = 0; i < 20_000; i++) set.add("word" + i);
        for (int i = 0; i < 20_000; i++) assertTrue(set.mightContain("word" + i), "word" + i);
        int falsePositives = 0;
        for (int i = 0; i < 20_000; i++) if (set.mightContain("other" + i)) falsePositives++;
        assertTrue(falsePositives < 20_000 * 0.02, falsePositives + " false positives in 20,000 (about 1% expected)");
        assertEquals(20_000, set.words());
    }

    @Test
    void aSetReadBackAnswersAsTheOneWritten() throws Exception {
        WordSet set = WordSet.sized(3);
        for (String w : new String[] {"خپلو", "ўзбек", "o'zbek"}) set.add(w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        set.writeTo(new DataOutputStream(bytes));
        WordSet read = WordSet.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(read.mightContain("خپلو") && read.mightContain("ўзбек") && read.mightContain("o'zbek"));
        assertEquals(3, read.words());
    }
}
