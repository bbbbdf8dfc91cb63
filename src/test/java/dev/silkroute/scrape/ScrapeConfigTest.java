package dev.silkroute.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources file as an operator writes it, mistakes included. */
class ScrapeConfigTest {

    @Test
    void aSourceIsReadWithItsStartPages(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sources.yaml"), """
                sources:
                  - name: border-news
                    start_urls: [https://news.example.com/border/]
                    max_pages: 7
                """);
        Source s = ScrapeConfig.load(file).sources().get("border-news");
        assertEquals(7, s.maxPages());
        assertEquals("https://news.example.com/border/", s.startUrls().get(0).toString());
    }

    @Test
    void brokenYamlIsSaidWithTheFileAndTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - name: x\n    start_urls: [\n");
        IOException e = assertThrows(IOException.class, () -> ScrapeConfig.load(file));
        assertTrue(e.getMessage().startsWith(file + " is not valid YAML (line "), e.getMessage());
    }

    @Test
    void aSourceWithNothingToFetchIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - name: empty\n");
        IOException e = assertThrows(IOException.class, () -> ScrapeConfig.load(file));
        assertTrue(e.getMessage().contains("source 'empty' has no start_urls, feeds or sitemaps"), e.getMessage());
    }
}
