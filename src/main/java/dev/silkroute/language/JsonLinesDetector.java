package dev.silkroute.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code detect} stream: one JSON object {@code {"id", "text"}} per input line, one answer
 * {@code {"id", "lang", "confidence"}} per output line, flushed at once so a caller can talk to it
 * line by line. A text with blank-line-separated blocks is a document: its answer also has
 * {@code "paragraphs"} (a code per block) and {@code "languages"} (shares), and its {@code lang}
 * is the letter-weighted vote of the blocks. A bad line answers {@code {"id", "error"}} and the
 * stream goes on.
 */
public final class JsonLinesDetector {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    private final LanguageDetector detector;
    private final DocumentLanguageLabeller documents;
    private final ObjectMapper json = new ObjectMapper();

    public JsonLinesDetector(LanguageDetector detector) {
        this.detector = detector;
        this.documents = new DocumentLanguageLabeller(detector);
    }

    /** Answers every line of {@code in}; returns how many lines were answered with an error. */
    public int run(BufferedReader in, PrintWriter out) throws IOException {
        int errors = 0;
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            ObjectNode answer = answer(line, n);
            if (answer.has("error")) errors++;
            out.println(json.writeValueAsString(answer));
            out.flush();
        }
        return errors;
    }

    ObjectNode answer(String line, long lineNumber) {
        ObjectNode a = json.createObjectNode();
        JsonNode in;
        try {
            in = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            a.putNull("id");
            a.put("error", "line " + lineNumber + " is not JSON: " + e.getOriginalMessage());
            return a;
        }
        a.set("id", in.has("id") ? in.get("id") : json.getNodeFactory().numberNode(lineNumber));
        JsonNode text = in.get("text");
        if (text == null || !text.isTextual()) {
            a.put("error", "line " + lineNumber + " has no \"text\" string");
            return a;
        }
        String t = text.asText();
        List<String> blocks = blocks(t);
        if (blocks.size() < 2) {
            LanguageGuess g = detector.detect(t);
            a.put("lang", g.lang());
            a.put("confidence", g.confidence());
            return a;
        }
        DocumentLanguages d = documents.label(blocks);
        a.put("lang", d.language());
        a.put("confidence", d.confidence());
        ArrayNode paragraphs = a.putArray("paragraphs");
        for (LanguageGuess g : d.paragraphs()) paragraphs.add(g.lang());
        ObjectNode shares = a.putObject("languages");
        d.shares().forEach(shares::put);
        return a;
    }

    private static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        for (String b : BLANK_LINE.split(text.strip())) if (!b.isBlank()) out.add(b.strip());
        return out;
    }
}
