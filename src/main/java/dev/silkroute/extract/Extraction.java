package dev.silkroute.extract;

import java.util.List;
import java.util.Map;

/**
 * What the extraction stage found in a page: its metadata, main text, captions and the ledger of
 * everything left out. {@code provenance} says where each metadata value came from
 * (e.g. {@code published -> line 3 'Published: Mar 04, 2024 08:15 PM'}).
 */
public record Extraction(String title, String subtitle, String published, String modified, String source,
                         List<String> byline, String section, String url, String site, String declaredLanguage,
                         List<Block> body, List<String> captions, List<RemovedBlock> removed,
                         Map<String, String> provenance) {

    /** This extraction with more ledger entries (the HTML clean-up's), the ledger kept in page order. */
    public Extraction withRemoved(List<RemovedBlock> more) {
        if (more.isEmpty()) return this;
        List<RemovedBlock> all = new java.util.ArrayList<>(removed);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(RemovedBlock::line));
        return new Extraction(title, subtitle, published, modified, source, byline, section, url, site, declaredLanguage,
                body, captions, List.copyOf(all), provenance);
    }

    /** The main text as stored: paragraphs separated by a blank line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block b : body) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(b.text());
        }
        return sb.toString();
    }
}
