package dev.silkroute.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extraction from HTML, a cascade in the manner of Readability and trafilatura:
 * <ol>
 *   <li>parsing without the bodies of scripts, styles and drawings ({@link ScriptBodies}), and
 *       metadata from the head ({@link HtmlMetadata})</li>
 *   <li>clean-up ({@link DomCleanup}): scripts, styles, forms, navigation, page header/footer, asides,
 *       hidden elements, and elements whose class or id says comments, share bar, related links,
 *       cookie banner, ads</li>
 *   <li>scoring ({@link MainContainer}): each paragraph gives its parent and grandparent points for
 *       its length and commas; class/id evidence adds or takes points; link density discounts; the
 *       best container wins</li>
 *   <li>blocks of the whole cleaned body ({@link BlockCollector}: headings, paragraphs, list items,
 *       quotes, code, table rows, captions), those of the container vouched for, go through the same
 *       {@link ArticleAssembler} as text dumps, with their link density</li>
 *   <li>fallbacks when nothing is found: the page again without judging class names, the HTML a
 *       JavaScript framework ships in its scripts, the page's meta description</li>
 * </ol>
 */
public final class HtmlExtractor {
    private final ArticleAssembler assembler;
    private final HtmlMetadata metadata;

    public HtmlExtractor(ArticleAssembler assembler, HtmlMetadata metadata) {
        this.assembler = assembler;
        this.metadata = metadata;
    }

    public Extraction extract(String html, String url, PageMeta meta) {
        Document doc = parse(html, url, true);
        metadata.read(doc, meta);
        Extraction extraction = fromBody(doc.body(), meta, true);
        if (!extraction.body().isEmpty()) return extraction;
        // fallbacks for a page where nothing was found: one fresh parse (the first was cleaned) serves both
        Document again = parse(html, url, false);
        String scriptMarkup = htmlInScripts(again); // before the clean-up removes the scripts
        // class names (a theme that calls every block a "widget") may have condemned it all
        Extraction gentle = fromBody(again.body(), freshMeta(again), false);
        if (!gentle.body().isEmpty()) return gentle;
        if (!scriptMarkup.isEmpty()) {
            Extraction fromScripts = fromBody(Jsoup.parseBodyFragment(scriptMarkup, url == null ? "" : url).body(), freshMeta(again), true);
            if (!fromScripts.body().isEmpty()) return fromScripts;
        }
        return fromDescription(again, extraction);
    }

    /** The shortest summary worth storing as a page's text. */
    private static final int MIN_DESCRIPTION_CHARS = 80;

    /**
     * The last resort, for a page that serves no text at all (a JavaScript forum shell): the summary
     * it gives of itself in its meta tags, usually its first paragraph cut short. Better a known
     * beginning, marked as such in the provenance, than nothing.
     */
    private Extraction fromDescription(Document doc, Extraction nothing) {
        String description = HtmlMetadata.description(doc);
        if (description == null || description.length() < MIN_DESCRIPTION_CHARS) return nothing;
        PageMeta meta = freshMeta(doc);
        meta.textFrom("the page's meta description: the served page holds no text");
        Extraction e = assembler.assemble(List.of(new Candidate(description, 1, 0, "p", true)), meta);
        return e.body().isEmpty() ? nothing : e;
    }

    /** Each pass assembles into its own metadata: the assembler fills in what the page's tags left open. */
    private PageMeta freshMeta(Document doc) {
        PageMeta meta = new PageMeta();
        metadata.read(doc, meta);
        return meta;
    }

    /** @param withoutScripts whether to leave out the bodies of scripts, style sheets and drawings ({@link ScriptBodies}) */
    private static Document parse(String html, String url, boolean withoutScripts) {
        Parser parser = Parser.htmlParser().setTrackErrors(0);
        String base = url == null ? "" : url;
        Document doc = withoutScripts ? parser.parseInput(ScriptBodies.reader(html), base) : parser.parseInput(html, base);
        // each is a walk of the whole page, taken only where the markup it mends can be
        if (html.contains("<![CDATA[")) CdataMarkup.unwrap(doc);
        if (html.contains("S:")) StreamedSegments.reveal(doc);
        return doc;
    }

    /**
     * Clean-up, container scoring and block classification of one body.
     * @param byClassNames whether class and id names may condemn an element (they are weak evidence)
     */
    private Extraction fromBody(Element body, PageMeta meta, boolean byClassNames) {
        // before the clean-up, which takes the menus that tell an unnamed site's host
        SiteHost site = SiteHost.of(meta.url != null ? meta.url : body.baseUri(), body);
        Map<Element, RemovedBlock> cleanedOut = new HashMap<>();
        TextStats stats = DomCleanup.clean(body, byClassNames, meta, cleanedOut);
        Element main = MainContainer.mainContainer(body, stats);
        // Every block of the cleaned page is a candidate; the scored container is a prior, not a cut:
        // measured on extraction-dev, cutting to the container lost lists, forum posts and product
        // text that sit beside it (word F1 0.641 → 0.744 when the whole page is classified).
        Element vouched = main != null && stats.chars(main) >= MainContainer.MIN_MAIN_CHARS ? main : null;
        BlockCollector blocks = new BlockCollector(vouched, stats, cleanedOut, site);
        blocks.collect(body, vouched == body);
        return assembler.assemble(blocks.candidates, meta).withRemoved(blocks.cleanedOut);
    }

    /** A JSON string in a script that holds paragraph markup, escaped ("\u003cp") or not. */
    private static final Pattern SCRIPT_HTML_STRING = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)++)\"");
    private static final int MAX_SCRIPT_HTML_CHARS = 2_000_000;

    /**
     * For pages a JavaScript framework renders in the browser (Next.js and the like ship the article
     * as escaped HTML inside a script, and the served page holds no text): the HTML held in the
     * scripts' JSON strings, to be extracted as a page of its own; empty when there is none.
     */
    private static String htmlInScripts(Document doc) {
        StringBuilder markup = new StringBuilder();
        for (Element script : doc.select("script:not([src])")) {
            Matcher m = SCRIPT_HTML_STRING.matcher(script.data());
            while (m.find() && markup.length() < MAX_SCRIPT_HTML_CHARS) {
                String raw = m.group(1);
                if (raw.length() < 40 || !raw.contains("\\u003cp") && !raw.contains("<p")) continue;
                try {
                    markup.append(HtmlMetadata.JSON.readValue("\"" + raw + "\"", String.class)).append('\n');
                } catch (java.io.IOException notAJsonString) {
                    // a JavaScript string with escapes JSON lacks: not the article
                }
            }
        }
        return markup.toString();
    }
}
