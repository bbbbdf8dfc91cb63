package dev.silkroute.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CldrNgramModelTest {
    private final CldrNgramModel model = new CldrNgramModel(Set.of("tk", "tr", "uz", "tg", "en"));

    private String best(String text, String script, String... candidates) {
        return model.scores(text, Set.of(candidates), script).keySet().iterator().next();
    }

    @Test
    void scoresOnlyTheConfiguredLanguages() {
        // German is not in this model's list, so it is not scored even when asked
        assertEquals(Set.of("tk", "en"), model.scores("ykdysady hyzmatdaşlyk", Set.of("tk", "en", "de"), "Latn").keySet());
    }

    @Test
    void ranksTheLanguageWhoseSpellingTheTextFollows() {
        assertEquals("tk", best("ykdysady hyzmatdaşlyk", "Latn", "tk", "tr", "en"));
        assertEquals("tr", best("ekonomik işbirliği", "Latn", "tk", "tr", "en"));
        assertEquals("en", best("economic cooperation", "Latn", "tk", "tr", "en"));
    }

    @Test
    void aLanguageWithASecondScriptIsJudgedByThatScriptsModel() {
        // Uzbek Cyrillic has ў and қ; its Latin model has neither
        assertEquals("uz", best("ўзбек тили ва қўшни давлатлар", "Cyrl", "uz", "tg"));
    }

    @Test
    void gramsAreLowerCaseLettersWithWordBoundaries() {
        List<String> grams = new ArrayList<>();
        CldrNgramModel.grams("Ab, 1c", grams::add);
        // a trigram may span a word boundary ("b c"), as the counts were made
        assertEquals(List.of("a", "b", "c", " a", "ab", "b ", " c", "c ", " ab", "ab ", "b c", " c "), grams);
    }
}
