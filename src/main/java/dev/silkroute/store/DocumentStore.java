package dev.silkroute.store;

import dev.silkroute.extract.RemovedBlock;
import dev.silkroute.normalize.Entity;
import dev.silkroute.pipeline.DocumentRecord;
import dev.silkroute.pipeline.Json;
import dev.silkroute.pipeline.ParagraphRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes records and the ingest log. Each document and all its rows go in one transaction, so a
 * reader never sees half a document and a crash leaves either all of it or nothing. Storing is
 * idempotent by the document id (SHA-256 of the raw bytes).
 */
public final class DocumentStore {
    private final Database db;

    public DocumentStore(Database db) {
        this.db = db;
    }

    public boolean exists(String id) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Stores the record and logs the event in one transaction.
     *
     * @return {@code stored}, or {@code duplicate} when a document with the same id is already there
     */
    public String store(DocumentRecord r, String fileName) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                String outcome;
                if (insertDocument(c, r)) {
                    insertParagraphs(c, r);
                    insertRemoved(c, r);
                    SiteBlocks.record(c, r);
                    insertMentions(c, r);
                    try (PreparedStatement fts = c.prepareStatement(
                            "INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)")) {
                        fts.setString(1, r.id());
                        fts.setString(2, r.title());
                        fts.setString(3, r.text());
                        fts.executeUpdate();
                    }
                    outcome = IngestEvent.STORED;
                } else {
                    outcome = IngestEvent.DUPLICATE;
                }
                log(c, new IngestEvent(fileName, r.id(), outcome, "store", null,
                        outcome.equals(IngestEvent.DUPLICATE) ? "same bytes as a stored document" : null, now()));
                c.commit();
                return outcome;
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        }
    }

    /**
     * Rolls back, keeping the original failure in front: after SQLITE_FULL (and some I/O errors) SQLite
     * has already rolled the transaction back, and the "no transaction is active" of a second rollback
     * would otherwise hide why the write failed.
     */
    private static void rollbackKeeping(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException again) {
            cause.addSuppressed(again);
        }
    }

    /** Logs an event on its own (a duplicate found before processing, or a failure). */
    public void log(IngestEvent e) throws SQLException {
        try (Connection c = db.connect()) {
            log(c, e);
        }
    }

    private static void log(Connection c, IngestEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_events (file_name, sha256, outcome, stage, reason, "
                + "message, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.fileName());
            ps.setString(2, e.sha256());
            ps.setString(3, e.outcome());
            ps.setString(4, e.stage());
            ps.setString(5, e.reason());
            ps.setString(6, e.message());
            ps.setString(7, e.at() != null ? e.at() : now());
            ps.executeUpdate();
        }
    }

    private static boolean insertDocument(Connection c, DocumentRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO documents (id, source_file, url, site, charset, "
                + "charset_how, charset_confidence, title, subtitle, published, modified, source, byline, section, language, "
                + "languages, text, captions, record, pipeline_version, stored_at, previous_version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "(SELECT id FROM documents WHERE url = ? AND id <> ? ORDER BY stored_at DESC, rowid DESC LIMIT 1))")) {
            int i = 0;
            ps.setString(++i, r.id());
            ps.setString(++i, r.sourceFile());
            ps.setString(++i, r.url());
            ps.setString(++i, r.site());
            ps.setString(++i, r.charset().name());
            ps.setString(++i, r.charset().how());
            ps.setDouble(++i, r.charset().confidence());
            ps.setString(++i, r.title());
            ps.setString(++i, r.subtitle());
            ps.setString(++i, r.published());
            ps.setString(++i, r.modified());
            ps.setString(++i, r.source());
            ps.setString(++i, Json.write(r.byline()));
            ps.setString(++i, r.section());
            ps.setString(++i, r.language());
            ps.setString(++i, Json.write(r.languages()));
            ps.setString(++i, r.text());
            ps.setString(++i, Json.write(r.captions()));
            ps.setString(++i, Json.write(r));
            ps.setString(++i, r.pipelineVersion());
            ps.setString(++i, now());
            ps.setString(++i, r.url());
            ps.setString(++i, r.id());
            return ps.executeUpdate() == 1;
        }
    }

    private static void insertParagraphs(Connection c, DocumentRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO paragraphs (document_id, idx, start, \"end\", lang, "
                + "confidence, kind) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ParagraphRecord p : r.paragraphs()) {
                ps.setString(1, r.id());
                ps.setInt(2, p.index());
                ps.setInt(3, p.start());
                ps.setInt(4, p.end());
                ps.setString(5, p.lang());
                ps.setDouble(6, p.confidence());
                ps.setString(7, p.kind());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertRemoved(Connection c, DocumentRecord r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO removed_blocks (document_id, idx, text, reason, rule, "
                + "position) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (RemovedBlock b : r.removed()) {
                ps.setString(1, r.id());
                ps.setInt(2, i++);
                ps.setString(3, b.text());
                ps.setString(4, b.reason());
                ps.setString(5, b.rule());
                ps.setInt(6, b.line());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertMentions(Connection c, DocumentRecord r) throws SQLException {
        Map<String, Long> entityIds = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (document_id, idx, start, \"end\", text, type, "
                + "entity_id, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Entity e : r.entities()) {
                Long entityId = e.canonical() == null ? null : entityId(c, e, entityIds);
                ps.setString(1, r.id());
                ps.setInt(2, i++);
                ps.setInt(3, e.start());
                ps.setInt(4, e.end());
                ps.setString(5, e.text());
                ps.setString(6, e.type());
                if (entityId == null) ps.setNull(7, java.sql.Types.INTEGER); else ps.setLong(7, entityId);
                ps.setString(8, e.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** One row per canonical entity across documents, keyed by identifier when there is one. */
    private static long entityId(Connection c, Entity e, Map<String, Long> cache) throws SQLException {
        String key = e.type() + ":" + (e.id() != null ? e.id() : e.canonical());
        Long id = cache.get(key);
        if (id == null) {
            try (PreparedStatement ins = c.prepareStatement("INSERT OR IGNORE INTO entities (key, type, canonical, external_id, "
                    + "xrefs) VALUES (?, ?, ?, ?, ?)")) {
                ins.setString(1, key);
                ins.setString(2, e.type());
                ins.setString(3, e.canonical());
                ins.setString(4, e.id());
                ins.setString(5, Json.write(e.xrefs()));
                ins.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM entities WHERE key = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            cache.put(key, id);
        }
        try (PreparedStatement sf = c.prepareStatement("INSERT OR IGNORE INTO entity_surface_forms (entity_id, form) VALUES (?, ?)")) {
            sf.setLong(1, id);
            sf.setString(2, e.text());
            sf.executeUpdate();
        }
        return id;
    }

    /** Counts of ingest events by outcome, for {@code silkroute status}. */
    public Map<String, Long> countsByOutcome() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT outcome, COUNT(*) FROM ingest_events GROUP BY outcome ORDER BY outcome");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) counts.put(rs.getString(1), rs.getLong(2));
        }
        return counts;
    }

    public long documentCount() throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<IngestEvent> lastFailures(int n) throws SQLException {
        List<IngestEvent> out = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT file_name, sha256, outcome, stage, "
                + "reason, message, at FROM ingest_events WHERE outcome = 'failed' ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IngestEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    static String now() {
        return Instant.now().toString();
    }
}
