package dev.silkroute.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader as a downstream app has one — its own JDBC connection, no busy timeout — polling the
 * database while the pipeline writes document after document. It must never get SQLITE_BUSY and
 * never see a document without all its paragraphs and removed blocks.
 */
class ConcurrentReaderTest {
    @TempDir
    Path tmp;

    @Test
    void aReaderDuringWritesNeverGetsBusyAndNeverSeesAPartialDocument() throws Exception {
        Path dbFile = tmp.resolve("silkroute.db");
        Settings s = Settings.defaults(Path.of("")).with(Settings.DB, dbFile.toString());
        Database db = Components.database(s);
        IngestService ingest = Components.ingestService(s, db);
        int documents = 60;

        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            ObjectMapper json = new ObjectMapper();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile)) {
                while (writing.get()) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.record, "
                            + "(SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id), "
                            + "(SELECT COUNT(*) FROM removed_blocks r WHERE r.document_id = d.id) FROM documents d");
                         ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            JsonNode record = json.readTree(rs.getString(2));
                            if (record.get("paragraphs").size() != rs.getInt(3)) {
                                problems.add(rs.getString(1) + " seen with " + rs.getInt(3) + " of "
                                        + record.get("paragraphs").size() + " paragraphs");
                            }
                            if (record.get("removed").size() != rs.getInt(4)) {
                                problems.add(rs.getString(1) + " seen with " + rs.getInt(4) + " removed blocks");
                            }
                        }
                    }
                    reads.incrementAndGet();
                }
            } catch (Exception e) {
                problems.add("reader failed: " + e);
            }
        });
        reader.start();
        try {
            for (int i = 0; i < documents; i++) ingest.ingest("page-" + i + ".txt", page(i));
        } finally {
            writing.set(false);
            reader.join(10_000);
        }
        assertEquals(List.of(), problems);
        assertTrue(reads.get() >= documents / 2, "the reader really read while the writer wrote (" + reads.get() + " reads)");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(documents, rs.getInt(1));
        }
    }

    private static byte[] page(int i) {
        return ("Page " + i + " of the reader test\n\nHome | News | Contact us\n\n"
                + "The freight terminal handled train number " + i + " today, the operator said, and more trains are planned"
                + " for the rest of the month as demand along the corridor keeps growing.\n\n"
                + "Officials said customs checks now take hours rather than days, which has made the route popular.\n\n"
                + "Copyright 2024 Example News. All rights reserved.\n").getBytes(StandardCharsets.UTF_8);
    }
}
