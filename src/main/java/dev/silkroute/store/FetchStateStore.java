package dev.silkroute.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The {@code fetch_state} table: per URL, the validators for the next conditional GET and the last content's hash. */
public final class FetchStateStore {
    public record State(String etag, String lastModified, Integer status, String contentSha) {}

    private final Database db;

    public FetchStateStore(Database db) {
        this.db = db;
    }

    public State get(String url) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT etag, last_modified, status, content_sha FROM fetch_state WHERE url = ?")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                int status = rs.getInt(3);
                return new State(rs.getString(1), rs.getString(2), rs.wasNull() ? null : status, rs.getString(4));
            }
        }
    }

    /** Records a fetch; a 304 keeps the validators and hash it confirmed. */
    public void put(String url, String etag, String lastModified, int status, String contentSha) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO fetch_state (url, etag, last_modified, status, content_sha, fetched_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (url) DO UPDATE SET etag = COALESCE(excluded.etag, etag), "
                        + "last_modified = COALESCE(excluded.last_modified, last_modified), status = excluded.status, "
                        + "content_sha = COALESCE(excluded.content_sha, content_sha), fetched_at = excluded.fetched_at")) {
            ps.setString(1, url);
            ps.setString(2, etag);
            ps.setString(3, lastModified);
            ps.setInt(4, status);
            ps.setString(5, contentSha);
            ps.setString(6, Instant.now().toString());
            ps.executeUpdate();
        }
    }
}
