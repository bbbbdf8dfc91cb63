package dev.silkroute.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordLexiconsTest {
    private final WordLexicons lexicons = new WordLexicons(Set.of("ps", "fa", "ur", "ar", "tk", "tr", "tt", "ru", "en", "de"));

    private Set<String> narrow(String phrase, String... candidates) {
        return lexicons.narrow(phrase.split(" "), new java.util.LinkedHashSet<>(java.util.List.of(candidates)));
    }

    @Test
    void keepsTheLanguagesThatWriteEveryWord() {
        assertEquals(Set.of("ps"), narrow("خپلو خلکو", "ps", "fa", "ur", "ar"));
        assertEquals(Set.of("de"), narrow("Eisenbahn", "en", "de"));
    }

    @Test
    void aLanguageWithoutAUsableLexiconIsNeverRuledOut() {
        // Turkmen has no lexicon, Tatar's is too small to trust its silence
        assertEquals(Set.of("tr", "tk"), narrow("ekonomik büyüme", "tr", "tk"));
        assertEquals(Set.of("ru", "tt"), narrow("железная дорога", "ru", "tt"));
    }

    @Test
    void wordsNoLexiconHoldsSayNothing() {
        assertEquals(Set.of("en", "de"), narrow("Qwxzrt", "en", "de"), "a name or a typo");
        assertEquals(Set.of("en", "de"), narrow("Donaudampfschifffahrtsgesellschaft", "en", "de"), "longer than the lexicons store");
    }

    @Test
    void looksWordsUpCaseFoldedAndWithoutDirectionMarks() {
        assertEquals(Set.of("ps"), narrow("\u200fخپلو", "ps", "fa"));
        assertEquals(Set.of("de"), narrow("EISENBAHN", "en", "de"));
    }
}
