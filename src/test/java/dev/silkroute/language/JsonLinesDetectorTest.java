package dev.silkroute.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesDetectorTest {
    private final JsonLinesDetector stream =
            new JsonLinesDetector(Components.languageDetector(Settings.defaults(Path.of(""))));
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> run(String input, int expectedErrors) throws Exception {
        StringWriter out = new StringWriter();
        int errors = stream.run(new BufferedReader(new StringReader(input)), new PrintWriter(out));
        assertEquals(expectedErrors, errors);
        return out.toString().lines().map(l -> {
            try { return json.readTree(l); } catch (Exception e) { throw new AssertionError("not JSON: " + l); }
        }).toList();
    }

    @Test
    void answersEachLineWithItsIdLanguageAndConfidence() throws Exception {
        List<JsonNode> answers = run("""
                {"id": "a", "text": "Urumqi hosted the trade fair for the third time this year."}
                {"id": 7, "text": "Қазақстан мен Қытай арасындағы сауда көлемі өсті."}
                """, 0);
        assertEquals(2, answers.size());
        assertEquals("a", answers.get(0).get("id").asText());
        assertEquals("en", answers.get(0).get("lang").asText());
        assertEquals(7, answers.get(1).get("id").asInt());
        assertEquals("kk", answers.get(1).get("lang").asText());
        double c = answers.get(1).get("confidence").asDouble();
        assertTrue(c > 0 && c <= 1, "confidence " + c);
    }

    @Test
    void aDocumentAnswersItsParagraphsAndShares() throws Exception {
        String text = "The Belt and Road Initiative turned ten this year, and trade across the region grew quickly.\\n\\n"
                + "新疆维吾尔自治区位于中国西北部，是丝绸之路经济带的核心区。\\n\\n"
                + "Officials expect the new railway to carry more freight next year than ever before.";
        List<JsonNode> answers = run("{\"id\": 1, \"text\": \"" + text + "\"}\n", 0);
        JsonNode a = answers.get(0);
        assertEquals("en", a.get("lang").asText());
        assertEquals(List.of("en", "zh", "en"), json.convertValue(a.get("paragraphs"), List.class));
        assertTrue(a.get("languages").get("zh").asDouble() > 0.2, "the Chinese block holds a real share: " + a);
    }

    @Test
    void aBadLineAnswersAnErrorAndTheStreamGoesOn() throws Exception {
        List<JsonNode> answers = run("not json\n{\"id\": 2}\n{\"id\": 3, \"text\": \"Добрый день, коллеги.\"}\n", 2);
        assertEquals(3, answers.size());
        assertTrue(answers.get(0).get("error").asText().contains("line 1"));
        assertTrue(answers.get(1).get("error").asText().contains("text"));
        assertEquals("ru", answers.get(2).get("lang").asText());
    }
}
