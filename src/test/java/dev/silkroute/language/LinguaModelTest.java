package dev.silkroute.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinguaModelTest {
    private final LinguaModel lingua = new LinguaModel(Set.of("en", "de", "nl", "fr", "es"), true);

    @Test
    void scoresOnlyTheCandidatesBestFirst() {
        String dutch = "De regering heeft gisteren nieuwe afspraken gemaakt over de handel met buurlanden.";
        assertEquals(List.of("nl", "de"), List.copyOf(lingua.scores(dutch, Set.of("de", "nl")).keySet()));
        assertEquals("nl", lingua.scores(dutch, Set.of("en", "de", "nl", "fr", "es")).keySet().iterator().next());
    }

    @Test
    void aSingleCandidateIsAnsweredByTheWholeModelAndKept() {
        String german = "Die Regierung hat gestern neue Vereinbarungen über den Handel getroffen.";
        assertEquals(List.of("de"), List.copyOf(lingua.scores(german, Set.of("de")).keySet()));
        // a candidate Lingua does not know is not scored
        assertEquals(List.of("de"), List.copyOf(lingua.scores(german, Set.of("de", "kk")).keySet()));
    }
}
