package dev.silkroute.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.ingest.IngestService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's boilerplate is learned from its stored pages and removed with the evidence; content repeated once stays. */
class SiteBlocksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ABOUT = "Example News is an independent newspaper founded in 1998 that covers trade, transport "
            + "and culture across Central Asia and western China, with reporters in six cities.";
    private static final String[] TOPICS = {"cotton", "apples", "machinery", "textiles", "grain", "tomatoes", "electronics"};

    @TempDir
    Path tmp;

    private static byte[] envelope(int i, String extra) throws Exception {
        String html = "<html><head><title>Story " + i + "</title></head><body><article><h1>Story " + i + "</h1>"
                + "<p>A freight train carrying " + TOPICS[i] + " left Urumqi for Almaty on Monday, the operator said, the "
                + (i + 10) + "th service on the route this year, as demand for rail freight keeps growing.</p>"
                + "<p>Officials said customs checks for " + TOPICS[i] + " now take hours rather than days at the border crossing.</p>"
                + extra + "<p>" + ABOUT + "</p></article></body></html>";
        return JSON.writeValueAsBytes(java.util.Map.of("url", "https://www.news.example.com/2024/story-" + i + ".html", "body", html));
    }

    @Test
    void aBlockOnMostPagesOfASiteIsRemovedWithTheEvidenceAndABlockRepeatedOnceIsKept() throws Exception {
        Path dbFile = tmp.resolve("s.db");
        Settings s = Settings.defaults(Path.of("")).with(Settings.DB, dbFile.toString());
        Database db = Components.database(s);
        IngestService ingest = Components.ingestService(s, db);
        String twice = "<p>The border post at Horgos will close for two days next week for repairs, the customs office said.</p>";
        for (int i = 0; i < 5; i++) ingest.ingest("story-" + i + ".json", envelope(i, i == 3 ? twice : ""));
        assertTrue(text(dbFile, 0).contains(ABOUT), "on the first pages of a site nothing is known: the block is kept");

        ingest.ingest("story-5.json", envelope(5, twice));
        JsonNode sixth = record(dbFile, 5);
        assertFalse(sixth.get("text").asText().contains(ABOUT), "seen on every page of the site: boilerplate");
        JsonNode removed = null;
        for (JsonNode r : sixth.get("removed")) if (r.get("text").asText().equals(ABOUT)) removed = r;
        assertTrue(removed != null, "the removal ledger has it");
        assertEquals("site-boilerplate", removed.get("reason").asText());
        assertEquals("site:seen on 5 of 5 pages of news.example.com", removed.get("rule").asText());
        assertTrue(sixth.get("text").asText().contains("border post at Horgos"), "a paragraph on 2 of 6 pages is content");
    }

    private static String text(Path db, int i) throws Exception {
        return record(db, i).get("text").asText();
    }

    private static JsonNode record(Path db, int i) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT record FROM documents WHERE source_file = ?")) {
            ps.setString(1, "story-" + i + ".json");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "story " + i + " is stored");
                return JSON.readTree(rs.getString(1).getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
