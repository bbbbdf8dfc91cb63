package dev.silkroute.store;

import dev.silkroute.extract.SiteProfile;
import dev.silkroute.pipeline.DocumentRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code site_pages} and {@code site_blocks} tables: every stored page adds one to its site's
 * page count and to the count of each distinct block it had (kept or removed), so the extraction
 * stage can tell a site's footer — on 14 of 15 pages — from a paragraph that repeats once.
 */
public final class SiteBlocks implements SiteProfile {
    private final Database db;

    public SiteBlocks(Database db) {
        this.db = db;
    }

    @Override
    public int pages(String site) {
        return query("SELECT pages FROM site_pages WHERE site = ?", site);
    }

    @Override
    public Map<String, Integer> blocksOnAtLeast(String site, int minPages) {
        Map<String, Integer> out = new java.util.HashMap<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT fingerprint, pages FROM site_blocks WHERE site = ? AND pages >= ?")) {
            ps.setString(1, site);
            ps.setInt(2, minPages);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            return Map.of(); // learning is an aid: without it the page is judged on its own
        }
        return out;
    }

    private int query(String sql, String site) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, site);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            // learning is an aid: without it the page is judged on its own, as on a first visit
            return 0;
        }
    }

    /** Counts a newly stored page, inside the caller's transaction. */
    static void record(Connection c, DocumentRecord r) throws SQLException {
        String site = SiteProfile.siteOf(r.url(), r.site());
        if (site == null) return;
        Map<String, String> blocks = new LinkedHashMap<>();
        for (String p : r.text().split("\n\n")) if (!p.isBlank()) blocks.putIfAbsent(SiteProfile.fingerprint(p), p);
        r.removed().forEach(b -> blocks.putIfAbsent(SiteProfile.fingerprint(b.text()), b.text()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO site_pages (site, pages) VALUES (?, 1) "
                + "ON CONFLICT (site) DO UPDATE SET pages = pages + 1")) {
            ps.setString(1, site);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO site_blocks (site, fingerprint, pages, sample) VALUES (?, ?, 1, ?) "
                + "ON CONFLICT (site, fingerprint) DO UPDATE SET pages = pages + 1")) {
            for (Map.Entry<String, String> b : blocks.entrySet()) {
                ps.setString(1, site);
                ps.setString(2, b.getKey());
                ps.setString(3, b.getValue().length() > 500 ? b.getValue().substring(0, 500) : b.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
