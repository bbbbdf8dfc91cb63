package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateWordsTest {

    private static final List<String> WORDS = List.of("cookie", "cookies", "kie", "copyright", "版权", "all rights", " all", "he", "she", "hers");

    private static boolean found(GateWords gates, String text, String word) {
        return GateWords.containsAny(gates.find(text), new int[] {gates.id(word)});
    }

    @Test
    void findsEveryWordTheTextContainsAndNoOther() {
        GateWords gates = new GateWords(WORDS);
        String text = "we use cookies. ushers: all rights reserved 版权所有";
        for (String w : WORDS) assertEquals(text.contains(w), found(gates, text, w), w);
    }

    @Test
    void aWordInsideALongerOneIsFoundThroughItsFailureLink() {
        GateWords gates = new GateWords(WORDS);
        // "ushers" holds "she", "he" and "hers"; "cookies" holds "cookie" and "kie"
        assertTrue(found(gates, "ushers", "she"));
        assertTrue(found(gates, "ushers", "he"));
        assertTrue(found(gates, "ushers", "hers"));
        assertTrue(found(gates, "cookies", "kie"));
        assertFalse(found(gates, "cookie", "cookies"));
        assertFalse(found(gates, "copyrigh", "copyright"), "a word cut short is not there");
    }

    @Test
    void answersAsContainsDoesOnManyTexts() {
        List<String> words = List.of("contact", "tel", "mail", "share", "print", "подпишитесь", "ログイン", "rss", "in this article", "ab", "aab");
        GateWords gates = new GateWords(words);
        List<String> texts = List.of("", "contact us", "telegram", "e-mail: a@b.c", "email", "sharing", "printed by", "aaab", "aab",
                "подпишитесь на рассылку", "ログインして続きを読む", "rsss", "read more in this article", "in this articl", "a", "ba");
        for (String t : texts) for (String w : words) assertEquals(t.contains(w), found(gates, t, w), t + " / " + w);
    }

    @Test
    void answersAsContainsDoesWhereLatinAndOtherScriptsMixInsideAWord() {
        // ASCII moves are read from a table and the others searched: a word must be followed across the seam
        List<String> words = List.of("a版b", "版b", "ab版", "b版权", "权a", "aa");
        GateWords gates = new GateWords(words);
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', 'b', '版', '权', ' '};
        for (int n = 0; n < 2000; n++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) t.append(alphabet[random.nextInt(alphabet.length)]);
            for (String w : words) assertEquals(t.toString().contains(w), found(gates, t.toString(), w), t + " / " + w);
        }
    }

    @Test
    void aWordItWasNotGivenIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new GateWords(WORDS).id("menu"));
    }
}
