package dev.silkroute.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * React's streaming server rendering (Next.js and the like) sends a page in two parts: where the
 * content belongs it leaves a placeholder {@code <template id="B:0">} and a loading skeleton, and the
 * content itself arrives later in {@code <div hidden id="S:0">}, which a script moves into place in
 * the browser. A crawled copy holds both, and read as it is, the article is "hidden". This puts
 * each segment where the browser would show it.
 */
final class StreamedSegments {
    private static final Pattern SEGMENT_ID = Pattern.compile("S:[0-9a-f]+");

    private StreamedSegments() {}

    static void reveal(Document doc) {
        Elements segments = doc.select("div[hidden][id^=S:]");
        if (segments.isEmpty()) return;
        // placeholders looked up in one map: a hostile page with 100,000 segments must not cost
        // 100,000 searches of the whole document
        Map<String, Element> placeholders = new HashMap<>();
        for (Element t : doc.select("template[id^=B:]")) placeholders.putIfAbsent(t.id(), t);
        for (Element segment : segments) {
            if (!SEGMENT_ID.matcher(segment.id()).matches()) continue;
            segment.removeAttr("hidden");
            // the browser's script pairs boundary and segment; crawled copies rarely keep it, and
            // React numbers both from the same render, so the numbers are the pairing
            Element placeholder = placeholders.get("B:" + segment.id().substring(2));
            if (placeholder != null) placeholder.after(segment);
        }
    }
}
