package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata gathered while reading a page. The first evidence for a field wins, because the
 * extractors consult the strongest sources first (structured data, then meta tags, then text
 * lines); each value remembers where it came from.
 */
public final class PageMeta {
    String title, subtitle, published, modified, source, section, url, site, language;
    final List<String> byline = new ArrayList<>();
    /**
     * The page is a discussion, whose comments are its content: it declares itself one (schema.org
     * DiscussionForumPosting or QAPage), or the HTML clean-up found that its comment sections hold
     * half its text with little prose outside them.
     */
    boolean discussion;
    /** The page declares itself an article: og:type "article", or schema.org Article, a posting or a report. */
    boolean declaredArticle;
    final Map<String, String> provenance = new LinkedHashMap<>();

    public void title(String v, String from) { if (title == null && set(v)) { title = v.strip(); provenance.put("title", from); } }
    /** A better title found later replaces a guess (text dumps: the heading right above the text beats a menu line). */
    void replaceTitle(String v, String from) { if (set(v)) { title = v.strip(); provenance.put("title", from); } }
    public void subtitle(String v, String from) { if (subtitle == null && set(v)) { subtitle = v.strip(); provenance.put("subtitle", from); } }
    public void published(String v, String from) { if (published == null && set(v)) { published = v; provenance.put("published", from); } }
    public void modified(String v, String from) { if (modified == null && set(v)) { modified = v; provenance.put("modified", from); } }
    public void source(String v, String from) { if (source == null && set(v)) { source = v; provenance.put("source", from); } }
    public void section(String v, String from) { if (section == null && set(v)) { section = v.strip(); provenance.put("section", from); } }
    public void url(String v, String from) { if (url == null && set(v)) { url = v.strip(); provenance.put("url", from); } }
    public void site(String v, String from) { if (site == null && set(v)) { site = v.strip(); provenance.put("site", from); } }
    public void language(String v, String from) { if (language == null && set(v)) { language = v.strip(); provenance.put("declared_language", from); } }

    /** Where the main text came from, when it is not the page's visible blocks. */
    void textFrom(String from) { provenance.put("text", from); }

    public void byline(List<String> names, String from) {
        if (byline.isEmpty() && !names.isEmpty()) { byline.addAll(names); provenance.put("byline", from); }
    }

    public String title() { return title; }

    private static boolean set(String v) {
        return v != null && !v.isBlank();
    }

    Extraction toExtraction(List<Block> body, List<String> captions, List<RemovedBlock> removed) {
        return new Extraction(title, subtitle, published, modified, source, List.copyOf(byline), section, url, site, language,
                List.copyOf(body), List.copyOf(captions), List.copyOf(removed),
                // in the order the values were found, the same on every run (Map.copyOf is not)
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance)));
    }
}
