package dev.silkroute.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five seed pages and their line labels. The gold is read from {@code ../shared/seeds-gold}
 * when that folder is there, else from the project's copy under {@code src/test/resources}.
 */
public final class Seeds {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeds() {}

    public static Path seedDir() {
        return Path.of("seeds");
    }

    public static List<Path> pages() {
        try (Stream<Path> s = Files.list(seedDir())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode gold(String seedFileName) {
        String name = seedFileName.replaceFirst("\\.txt$", ".json");
        Path shared = Path.of("..", "shared", "seeds-gold", name);
        Path local = Path.of("src", "test", "resources", "seeds-gold", name);
        try {
            return JSON.readTree((Files.exists(shared) ? shared : local).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts of the gold lines with one of these labels. */
    public static List<String> linesLabelled(JsonNode gold, String... labels) {
        List<String> out = new ArrayList<>();
        for (JsonNode line : gold.get("lines")) {
            for (String l : labels) if (line.get("label").asText().equals(l)) out.add(line.get("text").asText());
        }
        return out;
    }
}
