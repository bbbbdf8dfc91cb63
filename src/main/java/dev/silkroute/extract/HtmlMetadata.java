package dev.silkroute.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Reads a page's declared metadata, strongest source first: JSON-LD (schema.org NewsArticle and
 * kin), then Open Graph / article / Dublin Core / citation meta tags, then {@code <time>}, then
 * {@code <title>} with the site name cut off. What is still missing is left for the text lines.
 */
public final class HtmlMetadata {
    private static final String JSON_LD_HEADLINE = "json-ld headline";
    /** Shared by the extract stage: JSON-LD here, JSON strings in scripts in {@link HtmlExtractor}. */
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " _ ", " :: ", " · ", "｜", "_"};
    private final DateParser dates = new DateParser();
    private final PublisherNames publishers;

    public HtmlMetadata(PublisherNames publishers) {
        this.publishers = publishers;
    }

    /**
     * The elements the metadata is read from, found in one walk of the page that looks at each
     * element's tag name: a select with six evaluators cost a twentieth of extraction.
     */
    private record Sources(List<Element> jsonLd, List<Element> metas, Element canonical, List<Element> times, Element h1, boolean discussion) {
        static Sources of(Document doc) {
            Walk walk = new Walk();
            NodeTraversor.traverse(walk, doc);
            return new Sources(walk.jsonLd, walk.metas, walk.canonical, walk.times, walk.h1, walk.discussion);
        }

        private static final class Walk implements NodeVisitor {
            final List<Element> jsonLd = new ArrayList<>(), metas = new ArrayList<>(), times = new ArrayList<>();
            Element canonical, h1;
            boolean discussion;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) return;
                switch (e.normalName()) {
                    case "script" -> { if (e.attr("type").trim().equalsIgnoreCase("application/ld+json")) jsonLd.add(e); }
                    case "meta" -> { if (e.hasAttr("content")) metas.add(e); }
                    case "link" -> { if (canonical == null && e.attr("rel").trim().equalsIgnoreCase("canonical") && e.hasAttr("href")) canonical = e; }
                    case "time" -> { if (e.hasAttr("datetime")) times.add(e); }
                    case "h1" -> { if (h1 == null) h1 = e; }
                    default -> { }
                }
                // a discussion declared in microdata rather than JSON-LD
                if (!discussion && e.attributesSize() > 0) {
                    String type = e.attr("itemtype").toLowerCase(Locale.ROOT);
                    discussion = type.endsWith("/discussionforumposting") || type.endsWith("/qapage");
                }
            }
        }
    }

    public void read(Document doc, PageMeta meta) {
        Sources sources = Sources.of(doc);
        readJsonLd(sources.jsonLd(), meta);
        if (sources.discussion()) meta.discussion = true;
        Map<String, String> tags = metaTags(sources.metas());
        meta.title(metaContent(tags, "og:title", "twitter:title", "citation_title", "dc.title"), "meta og:title");
        meta.published(isoDate(metaContent(tags, "article:published_time", "og:article:published_time", "datePublished",
                "pubdate", "publishdate", "publish-date", "publication_date", "citation_publication_date", "dc.date.issued",
                "dc.date", "date", "sailthru.date", "parsely-pub-date")), "meta published");
        meta.modified(isoDate(metaContent(tags, "article:modified_time", "og:updated_time", "dateModified", "last-modified",
                "dc.date.modified")), "meta modified");
        meta.site(metaContent(tags, "og:site_name", "application-name"), "meta og:site_name");
        if ("article".equalsIgnoreCase(metaContent(tags, "og:type"))) meta.declaredArticle = true;
        meta.section(metaContent(tags, "article:section", "section", "category"), "meta article:section");
        String author = metaContent(tags, "author", "article:author", "dc.creator", "citation_author", "byl");
        if (author != null && !author.startsWith("http") && !namesNoOne(author)) {
            meta.byline(List.of(author.replaceFirst("(?i)^by\\s+", "").strip()), "meta author");
        }
        Element canonical = sources.canonical();
        if (canonical != null) meta.url(canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href"), "link canonical");
        meta.url(metaContent(tags, "og:url"), "meta og:url");
        Element html = doc.selectFirst("html[lang]");
        if (html != null) meta.language(html.attr("lang"), "html lang");
        meta.language(metaContent(tags, "content-language", "og:locale", "dc.language"), "meta language");
        List<Element> times = sources.times();
        // a listing's first <time> dates its first entry, not the page (its linked headlines are its text)
        if (meta.published == null && !times.isEmpty() && !datesEntries(times)) meta.published(isoDate(times.get(0).attr("datetime")), "<time datetime>");
        Element h1 = sources.h1();
        String docTitle = doc.title();
        if (meta.title == null && docTitle != null && !docTitle.isBlank()) {
            meta.title(stripSiteName(docTitle.strip(), meta.site, h1 == null ? null : h1.text()), "<title>");
        } else if (meta.title != null) {
            // a JSON-LD headline is the headline by definition: only a tail naming the site is cut
            // ("Vädjar efter attackerna – ”kritiskt”" keeps its quote)
            boolean headline = JSON_LD_HEADLINE.equals(meta.provenance.get("title"));
            meta.title = stripSiteName(meta.title, meta.site, headline || h1 == null ? null : h1.text(), headline);
        }
        if (meta.title == null && h1 != null) meta.title(h1.text(), "<h1>");
    }

    private static final Evaluator ENTRY_HEADING = QueryParser.parse("h2, h3, h4");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final int ENTRY_DEPTH = 6;
    /** How many {@code <time>}s are looked at: each look walks a card, and a forum page holds hundreds. */
    private static final int TIMES_LOOKED_AT = 20;

    /**
     * Whether the first {@code <time>} and at least two others each date a linked headline's card: a
     * blog index or a news front page. A card is the nearest ancestor (within six levels) holding a
     * sub-heading; a forum post or an article's header holds none, or stands in an ancestor holding
     * several. Measured: dev.to's front page 0.03 -> 0.80, two other undated indexes +0.42 and +0.45,
     * no page worse; multilingual dates unchanged (89/91).
     */
    private static boolean datesEntries(List<Element> times) {
        if (times.size() < 3 || !datesAnEntry(times.get(0))) return false;
        int entries = 1;
        for (int i = 1; i < Math.min(times.size(), TIMES_LOOKED_AT) && entries < 3; i++) if (datesAnEntry(times.get(i))) entries++;
        return entries >= 3;
    }

    private static boolean datesAnEntry(Element time) {
        Element card = time.parent();
        for (int depth = 0; card != null && depth < ENTRY_DEPTH; depth++, card = card.parent()) {
            Elements headings = card.select(ENTRY_HEADING);
            if (headings.isEmpty()) continue;
            if (headings.size() > 1) return false;
            Element h = headings.first();
            return h.selectFirst(LINK) != null || h.closest(LINK) != null;
        }
        return false;
    }

    /** schema.org's Article and its kinds (NewsArticle, BlogPosting, Report...), not a WebPage. */
    private static final java.util.regex.Pattern ARTICLE_TYPE = java.util.regex.Pattern.compile("(?i)Article|Posting|Report");
    private static final java.util.Set<String> DISCUSSION_TYPES = java.util.Set.of("DiscussionForumPosting", "QAPage");

    private void readJsonLd(List<Element> scripts, PageMeta meta) {
        for (Element script : scripts) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (Exception e) {
                continue; // a broken JSON-LD block is common and says nothing about the page
            }
            List<JsonNode> nodes = new ArrayList<>();
            flatten(root, nodes);
            for (JsonNode n : nodes) {
                String type = n.path("@type").isArray() ? n.path("@type").path(0).asText() : n.path("@type").asText();
                if (DISCUSSION_TYPES.contains(type)) meta.discussion = true;
                boolean article = ARTICLE_TYPE.matcher(type).find();
                if (article) meta.declaredArticle = true;
                // a WebPage node carries a headline and dates too
                if (!article && !type.toLowerCase(java.util.Locale.ROOT).contains("webpage")) continue;
                meta.title(text(n, "headline"), JSON_LD_HEADLINE);
                meta.published(isoDate(text(n, "datePublished")), "json-ld datePublished");
                meta.modified(isoDate(text(n, "dateModified")), "json-ld dateModified");
                meta.section(text(n, "articleSection"), "json-ld articleSection");
                JsonNode pub = n.path("publisher");
                if (pub.isObject()) meta.source(publishers.canonical(text(pub, "name")), "json-ld publisher");
                List<String> authors = new ArrayList<>();
                JsonNode a = n.path("author");
                for (JsonNode one : a.isArray() ? a : List.of(a)) {
                    String name = one.isTextual() ? one.asText() : text(one, "name");
                    if (name != null && !name.isBlank() && !namesNoOne(name)) authors.add(name.strip());
                }
                meta.byline(authors, "json-ld author");
            }
        }
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) { n.forEach(c -> flatten(c, out)); return; }
        if (!n.isObject()) return;
        out.add(n);
        if (n.has("@graph")) flatten(n.get("@graph"), out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isArray()) return v.size() == 0 ? null : v.get(0).asText();
        return v.isValueNode() ? v.asText() : null;
    }

    /**
     * The page's meta tags by lower-cased name (property, name, itemprop or http-equiv), the first of
     * each name with content: read once, as a page has dozens and each field asks for several names.
     */
    private static Map<String, String> metaTags(List<Element> metas) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : metas) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            String content = m.attr("content");
            if (!content.isBlank()) tags.putIfAbsent(key.toLowerCase(Locale.ROOT), content.strip());
        }
        return tags;
    }

    private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");

    /** The summary a page gives of itself in its meta tags, or null. */
    static String description(Document doc) {
        return metaContent(metaTags(doc.select(META_WITH_CONTENT)), "og:description", "description", "twitter:description");
    }

    private static String metaContent(Map<String, String> tags, String... names) {
        for (String name : names) {
            String v = tags.get(name.toLowerCase(Locale.ROOT));
            if (v != null) return v;
        }
        return null;
    }

    /** Dates in meta tags are usually ISO already; anything else goes through the text parser. */
    String isoDate(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?")) {
            String noFraction = s.replaceFirst("\\.\\d+", "");
            return noFraction.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replaceFirst("\\+00:00$", "Z");
        }
        Optional<DateParser.Found> f = dates.find(s);
        return f.map(DateParser.Found::iso).orElse(null);
    }

    /** "Headline | Site" → "Headline": cut the part that names the site, keep the part the h1 agrees with. */
    static String stripSiteName(String title, String site, String h1) {
        return stripSiteName(title, site, h1, false);
    }

    /** @param onlyTheSiteName cut a tail only when it names the site, not because it is short */
    private static String stripSiteName(String title, String site, String h1, boolean onlyTheSiteName) {
        if (h1 != null && !h1.isBlank() && title.startsWith(h1.strip()) && h1.strip().length() > 10) return h1.strip();
        for (String sep : TITLE_SEPARATORS) {
            int i = title.lastIndexOf(sep);
            if (i <= 0) continue;
            String head = title.substring(0, i).strip(), tail = title.substring(i + sep.length()).strip();
            boolean tailIsSite = site != null && (tail.equalsIgnoreCase(site) || site.toLowerCase().contains(tail.toLowerCase()));
            if (tailIsSite || (!onlyTheSiteName && tail.length() < head.length() / 2 && TextMeasure.words(tail) <= 4)) return head;
        }
        return title;
    }

    private static boolean isCmsUser(String name) {
        return name.strip().matches("(?i)admin|administrator|editor|webmaster|root|user\\d*");
    }

    /**
     * Whether a tag's "author" names no one: a CMS account, or no letter at all (People's Daily
     * puts an editor's number there: "105092"). A domain or the publisher's own name stays: the
     * labels of the multilingual set give them as the author where no person is named (74 -> 65 of
     * 94 authors found when they were dropped).
     */
    static boolean namesNoOne(String name) {
        String n = name.strip();
        return isCmsUser(n) || n.codePoints().noneMatch(Character::isLetter);
    }
}
