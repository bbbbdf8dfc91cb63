package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Extraction from HTML, a cascade in the manner of Readability and trafilatura:
 * <ol>
 *   <li>metadata from the head ({@link HtmlMetadata})</li>
 *   <li>clean-up: scripts, styles, forms, navigation, page header/footer, asides, hidden elements,
 *       and elements whose class or id says comments, share bar, related links, cookie banner, ads</li>
 *   <li>scoring: each paragraph gives its parent and grandparent points for its length and commas;
 *       class/id evidence adds or takes points; link density discounts; the best container wins</li>
 *   <li>blocks of that container (headings, paragraphs, list items, quotes, code, table rows, captions)
 *       go through the same {@link ArticleAssembler} as text dumps, with their link density</li>
 *   <li>fallback: when the container holds little text, the whole cleaned body is assembled instead</li>
 * </ol>
 */
public final class HtmlExtractor {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "form", "button", "select", "input", "textarea", "nav", "aside", "menu", "dialog", "head");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "tr", "dd", "dt", "figcaption", "caption", "address", "summary");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body", "ul", "ol",
            "table", "tbody", "figure", "details", "header", "footer", "span", "font", "center");
    /**
     * The class or id names of readers' comments, and of customers' reviews ("reviews": the section;
     * a single "review" is as often a review article). Measured on extraction-dev: reviews alone
     * products 0.615 -> 0.642, services 0.826 -> 0.825 (testimonials some labels keep).
     */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(^|[\\s_-])(comments?|disqus|reviews)([\\s_-]|$)");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)(article|content|entry|post|story|text|body|main|blog|news|detail|prose)");
    private static final int MIN_MAIN_CHARS = 250;
    /**
     * Tags that mean furniture unless the element holds most of the page (not nav, header or footer:
     * a mega-menu or a site map in the footer can).
     */
    private static final Set<String> WRAPPER_SUSPECTS = Set.of("form", "noscript", "aside");
    private static final double WRAPPER_SHARE = 0.6;
    /**
     * The longest text an element whose class calls it a caption may hold and be one (measured:
     * 300 and 600 characters did the same on extraction-dev; without a limit, whole pages whose
     * body says "hide-caption" were lost).
     */
    private static final int MAX_CAPTION_CHARS = 300;
    /** Comment sections holding this share of a page's text are the page: a forum thread that does not say it is one. */
    private static final double THREAD_SHARE = 0.5;
    /**
     * ...unless this many prose paragraphs stand outside them: then the page is a post with more
     * comments than text (a popular blog post, a book's page with its reviews), and the comments
     * are not its text. A thread's opening post stands among its replies. Measured on
     * extraction-dev HTML: 0.851 -> 0.853, 6 pages better (a blog post 0.38 -> 0.98), none worse;
     * at two paragraphs two forums lost their replies.
     */
    private static final int POST_PARAGRAPHS = 3;
    /** A footer inside an article with this many prose paragraphs holds the article's text, not its footer. */
    private static final int SECTION_FOOTER_PROSE = 3;
    /** See {@link Cleanup#widgetsBuildThePage}. */
    private static final double WIDGET_LAYOUT_SHARE = 0.5;

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
        TextStats stats = clean(body, byClassNames, meta, cleanedOut);
        Element main = mainContainer(body, stats);
        // Every block of the cleaned page is a candidate; the scored container is a prior, not a cut:
        // measured on extraction-dev, cutting to the container lost lists, forum posts and product
        // text that sit beside it (word F1 0.641 → 0.744 when the whole page is classified).
        Element vouched = main != null && stats.chars(main) >= MIN_MAIN_CHARS ? main : null;
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

    /** Blocks with fewer links are kept inside the article's span whatever they link to (ArticleAssembler's SPAN_LINK_DENSITY). */
    private static final double OUTBOUND_ASKED = 0.5;

    /**
     * The host of the page's own site: that of its URL (canonical, or where it was fetched), or else
     * the host most of its absolute links lead to (its menus, counted before the clean-up).
     */
    static final class SiteHost {
        private final String host;

        private SiteHost(String host) {
            this.host = host;
        }

        static SiteHost of(String url, Element body) {
            String host = url == null || url.isBlank() ? null : SiteProfile.siteOf(url, null);
            return new SiteHost(host != null ? host : mostLinkedHost(body));
        }

        /** Whether the element's links all lead off the site: absolute, to another host (a subdomain is the site). */
        boolean allLinksLeave(Element e) {
            if (host == null) return false;
            boolean any = false;
            for (Element a : e.getElementsByTag("a")) {
                String h = hostOf(a.attr("href"));
                if (h == null || h.equals(host) || h.endsWith("." + host) || host.endsWith("." + h) || isSocial(h)) return false;
                any = true;
            }
            return any;
        }

        private static String mostLinkedHost(Element body) {
            Map<String, Integer> counts = new HashMap<>();
            for (Element a : body.getElementsByTag("a")) {
                String h = hostOf(a.attr("href"));
                if (h != null) counts.merge(h, 1, Integer::sum);
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        /** Social networks: their links are share buttons, follow links and embedded posts, never a page's sources. */
        private static final java.util.Set<String> SOCIAL = java.util.Set.of("facebook.com", "twitter.com", "x.com", "instagram.com",
                "linkedin.com", "pinterest.com", "youtube.com", "tiktok.com", "reddit.com", "t.me", "wa.me", "whatsapp.com",
                "threads.net", "bsky.app", "vk.com", "weibo.com");

        private static boolean isSocial(String host) {
            for (String s : SOCIAL) if (host.equals(s) || host.endsWith("." + s)) return true;
            return false;
        }

        /**
         * The host of an absolute link without "www.", lower case (as {@link SiteProfile#siteOf} gives the
         * page's), null for a relative one: read by hand, as every link of a block is asked and a
         * {@code URI} would be built, and throw, for each.
         */
        static String hostOf(String href) {
            int start;
            if (href.startsWith("//")) start = 2;
            else if (href.regionMatches(true, 0, "https://", 0, 8)) start = 8;
            else if (href.regionMatches(true, 0, "http://", 0, 7)) start = 7;
            else return null;
            int end = start;
            while (end < href.length() && "/?#:".indexOf(href.charAt(end)) < 0) end++;
            String h = href.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            if (h.startsWith("www.")) h = h.substring(4);
            return h.isEmpty() ? null : h;
        }
    }

    /** The tag of the empty element left where the clean-up removed one, so that the ledger can say where. */
    private static final String REMOVED_MARK = "silkroute-removed";

    /**
     * Removes the furniture. Each removed element that showed text leaves an empty marker in its
     * place, mapped to its ledger entry (the position is filled in when the blocks are numbered).
     * Returns the text counts of the cleaned body: those the clean-up took, less what it removed.
     */
    private static TextStats clean(Element body, boolean byClassNames, PageMeta meta, Map<Element, RemovedBlock> ledger) {
        // infinite scroll's next stories go first: the rest of the clean-up judges the page without them
        for (Element story : NextStories.others(body, meta.title())) removeInto(ledger, story, "markup:next-story");
        Map<Element, String> drop = new java.util.LinkedHashMap<>();
        Cleanup page = new Cleanup(body, byClassNames, meta);
        collectDropped(body, drop, page);
        // a thread found by its comment sections' share is as much a discussion as a declared one
        if (page.foundThread()) meta.discussion = true;
        drop.forEach((e, rule) -> {
            page.stats.remove(e);
            removeInto(ledger, e, rule);
        });
        return page.stats;
    }

    private static void removeInto(Map<Element, RemovedBlock> ledger, Element e, String rule) {
        String text = e.text();
        if (text.isBlank()) {
            e.remove();
        } else {
            Element mark = new Element(REMOVED_MARK);
            e.replaceWith(mark);
            ledger.put(mark, new RemovedBlock(text, "markup", rule, 0));
        }
    }

    /** What the clean-up of one body knows about the page as a whole. */
    private static final class Cleanup {
        final Element body;
        final TextStats stats;
        final int pageChars;
        final boolean byClassNames;
        final boolean declaredDiscussion;
        private Boolean thread;
        private Boolean widgetLayout;

        Cleanup(Element body, boolean byClassNames, PageMeta meta) {
            this.body = body;
            this.stats = new TextStats(body);
            this.pageChars = stats.chars(body);
            this.byClassNames = byClassNames;
            this.declaredDiscussion = meta.discussion;
        }

        /** Whether an article (or main, or schema.org articleBody) of some length stands beside {@code e}: neither inside it nor around it. */
        boolean hasArticleBeside(Element e) {
            List<Element> around = e.parents();
            for (Element a : body.select("article, main, [itemprop=articleBody]")) {
                boolean related = a == e || around.contains(a) || a.parents().contains(e);
                if (!related && stats.chars(a) >= MIN_MAIN_CHARS) return true;
            }
            return false;
        }

        /**
         * Whether the page is a discussion, whose replies are its content: it says so (schema.org
         * DiscussionForumPosting, QAPage: 74 of the 113 forum pages of extraction-dev, no other
         * page), or its comment-classed elements hold half its text and little prose stands
         * outside them ({@link #POST_PARAGRAPHS}). Asked only once a comment section is met.
         */
        boolean isThread() {
            if (thread == null) thread = declaredDiscussion || commentsHoldThePage();
            return thread;
        }

        private boolean commentsHoldThePage() {
            CommentShare comments = commentShare();
            return comments.chars() >= pageChars * THREAD_SHARE && stats.proseParagraphs(body) - comments.proseParagraphs() < POST_PARAGRAPHS;
        }

        /**
         * Whether the page is built of "widgets": the elements so named hold most of its text, as a
         * page builder makes every heading and paragraph one. Then the word says nothing of what a
         * block is (a theme's sidebar boxes hold a little of the page). Asked only once a widget is met.
         * Measured on extraction-dev HTML: 0.8601 -> 0.8613, 12 pages better (Elementor pages 0.23 ->
         * 0.92, 0.58 -> 1.00), 3 worse (a CivicPlus page -0.18); multilingual 0.9559 -> 0.9557 (NRK,
         * whose "widgets" are its image captions too, -0.02).
         */
        boolean widgetsBuildThePage() {
            if (widgetLayout == null) widgetLayout = widgetChars() >= pageChars * WIDGET_LAYOUT_SHARE;
            return widgetLayout;
        }

        private int widgetChars() {
            int chars = 0;
            java.util.Deque<Element> todo = ChildElements.stackOf(body);
            while (!todo.isEmpty()) {
                Element e = todo.pop();
                if (FurnitureClass.names(e.className() + " " + e.id(), FurnitureClass.LAYOUT_WORD)) {
                    chars += stats.chars(e);
                } else {
                    ChildElements.pushOnto(todo, e);
                }
            }
            return chars;
        }

        /** Whether the clean-up met a comment section and found the page to be a thread (it does not look otherwise: that costs a walk). */
        boolean foundThread() {
            return Boolean.TRUE.equals(thread);
        }

        /** How much of the page its comment sections hold: characters, and prose paragraphs. */
        private record CommentShare(int chars, int proseParagraphs) {}

        private CommentShare commentShare() {
            int chars = 0, prose = 0;
            java.util.Deque<Element> todo = ChildElements.stackOf(body);
            while (!todo.isEmpty()) {
                Element e = todo.pop();
                if (isCommentSection(e)) {
                    chars += stats.chars(e);
                    prose += stats.proseParagraphs(e);
                } else {
                    ChildElements.pushOnto(todo, e);
                }
            }
            return new CommentShare(chars, prose);
        }
    }

    private static boolean isCommentSection(Element e) {
        String cls = e.className(), id = e.id();
        // the pattern only where the word can be: every element of the page is asked
        if (!mayName(cls) && !mayName(id)) return false;
        return COMMENTS.matcher(cls + " " + id).find();
    }

    /** See {@link FurnitureClass#namesAuthorBox}: a name and a title are shorter, a bio's first sentence is not. */
    private static final int AUTHOR_BIO_CHARS = 100;

    /**
     * ARIA roles whose element is never the page's text, prose or not: a dialog, a navigation, and
     * what a hover or an event shows for a moment: a tooltip's explanation, an alert's message (a
     * form's error, a notice). The last two measured on extraction-dev HTML: 0.87150 -> 0.87177 (5
     * pages better, shops' explanations of a badge or a delivery date on Etsy and eBay 0.69 -> 0.80
     * and 0.44 -> 0.51; 1 worse by 0.02), multilingual unchanged.
     */
    private static final Set<String> ROLES_NOT_TEXT = Set.of("dialog", "navigation", "tooltip", "alert");

    private static boolean mayName(String names) {
        return !names.isEmpty() && (names.contains("omment") || names.contains("OMMENT") || names.contains("isqus") || names.contains("eview"));
    }

    /**
     * Walks the tree (with a stack, not recursion: hostile pages nest 100,000 levels deep); a dropped
     * element's subtree goes with it, so it is not looked at (a menu of 500 links).
     */
    private static void collectDropped(Element root, Map<Element, String> drop, Cleanup page) {
        java.util.Deque<Element> todo = ChildElements.stackOf(root);
        while (!todo.isEmpty()) {
            Element e = todo.pop();
            String rule = dropRule(e, page);
            if (rule != null) drop.put(e, rule);
            // a code listing's markup is its highlighter's ("hljs-comment", "token comment"), not the page's
            // furniture: extraction-dev HTML 0.86717 -> 0.86735 (6 pages better, a git tutorial whose
            // listing lost its comments 0.72 -> 0.97; 6 worse by 0.003-0.023), multilingual unchanged
            else if (!e.normalName().equals("pre")) ChildElements.pushOnto(todo, e);
        }
    }

    /** The ledger rule for which the clean-up removes the element, or null to keep it. */
    private static String dropRule(Element e, Cleanup page) {
        TextStats stats = page.stats;
        String tag = e.normalName();
        // ASP.NET and other server frameworks wrap the whole page in one <form>: a form that
        // holds prose is a wrapper, not a form
        // ...and JavaScript apps (Discourse forums) serve their text to crawlers inside <noscript>
        // ...but a form that asks for a password is a sign-in or sign-up box, however much consent
        // prose it holds, unless it is that wrapper
        if (tag.equals("form") && e.selectFirst("input[type=password]") != null && !isWrapper(e, stats, page.pageChars)) {
            return "markup:account-form";
        }
        if ((tag.equals("form") || tag.equals("noscript")) && holdsProse(e, stats)) return null;
        // ...but a sidebar's live feed can be longer than the story it stands beside
        if (WRAPPER_SUSPECTS.contains(tag) && isWrapper(e, stats, page.pageChars)
                && !(tag.equals("aside") && page.hasArticleBeside(e))) return null;
        // an accordion's heading is a button, and in a FAQ it is the question: text, like the answer it opens
        // (extraction-dev HTML 0.86243 -> 0.86269, 13 pages better, 2 worse by 0.03; 209 such buttons of the
        // dev pages are in their labels, 213 are not, most of them in FAQs the labels leave out whole)
        if (tag.equals("button") && isQuestion(e.text())) return null;
        if (DROP_TAGS.contains(tag)) return "markup:" + tag;
        String role = e.attr("role");
        if (ROLES_NOT_TEXT.contains(role)) return "markup:role-" + role;
        // Hidden is not absent: tabs, accordions and "read more" boxes hide product descriptions and
        // FAQ answers until a click, and aria-hidden hides only from screen readers. What they hide
        // is kept when it is prose, and whatever it is in a tab's panel (isTabPanel); hidden menus,
        // dialogs and icon labels are not.
        // ...and a hidden element that holds most of the page is the page, shown by a script once it
        // has loaded (a shop's grid of listings): extraction-dev HTML 0.86388 -> 0.86465, 3 pages
        // better (two shops' grids 0.02 -> 0.52), none worse; multilingual unchanged
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || hasDisplayNone(e.attr("style"))) {
            if (isWrapper(e, stats, page.pageChars)) return null;
            if (isTabPanel(e)) return null;
            if (answersTheQuestionBefore(e, stats)) return null;
            return holdsProse(e, stats, true) ? null : "markup:hidden";
        }
        // a header left unclosed holds the article that follows it
        if ((tag.equals("header") || tag.equals("footer")) && e.selectFirst("article, main") == null) {
            if (e.closest("article, main") == null) return "markup:page-" + tag;
            // ...and a footer inside them is the section's own: its author, its tags, its licence (HTML's
            // definition), unless a page that misuses it puts its text there. Measured: extraction-dev
            // HTML 0.87177 -> 0.87189 (3 pages better, a university page's "About ASU Online" box 0.87 ->
            // 0.91; none worse), multilingual 0.95900 -> 0.95909
            if (tag.equals("footer") && stats.proseParagraphs(e) < SECTION_FOOTER_PROSE) return "markup:section-footer";
        }
        // the cheap tests first: the pattern is the costly one, and most elements have no class at all
        if (!page.byClassNames || tag.equals("body") || tag.equals("article") || tag.equals("main")) return null;
        // readers' comments and customers' reviews are prose by nature, and a long thread is long:
        // neither saves them, unless the page is the thread, where the rules below judge them as any
        // other element (measured: articles 0.932 -> 0.936, multilingual news 0.929 -> 0.936)
        if (isCommentSection(e) && !page.isThread()) return "markup:comments";
        if (stats.chars(e) >= 2000) return null;
        String cls = e.className(), id = e.id();
        if (cls.isBlank() && id.isBlank()) return null;
        String names = cls + " " + id;
        if (FurnitureClass.namesAuthorBox(names) && stats.chars(e) >= AUTHOR_BIO_CHARS) return "markup:author-box";
        String word = FurnitureClass.word(names);
        if (FurnitureClass.LAYOUT_WORD.equals(word) && page.widgetsBuildThePage()) word = FurnitureClass.word(names, FurnitureClass.LAYOUT_WORD);
        if (word == null || POSITIVE.matcher(id).find()) return null;
        if (holdsProse(e, stats) && !FurnitureClass.namesProseFurniture(word)) return null;
        return "markup:class-" + word;
    }

    private static final java.util.regex.Pattern TAB_PANEL = java.util.regex.Pattern.compile(
            "(?i)tab-?pane|tab-?panel|tabs?-content|accordion-?(body|content|panel|collapse)");

    /**
     * A tab's or an accordion's panel, which a click shows: what it hides is the page's, prose or
     * not (a manual's code in other languages, a product's specifications, a FAQ's list answer).
     * Measured: extraction-dev HTML 0.86689 -> 0.86717 (8 pages better, a manual 0.80 -> 0.95, two
     * product pages +0.16 and +0.20; 2 worse, a cloud service's tabs its label leaves out -0.23),
     * multilingual unchanged. A menu's collapsed panel ("navbar-collapse") is no tab's.
     */
    private static boolean isTabPanel(Element e) {
        return e.attr("role").equals("tabpanel") || TAB_PANEL.matcher(e.className()).find();
    }

    /**
     * A hidden element right after a question: an accordion's answer, which a click on the question
     * shows, prose or not ("What is an online certificate program?" over a div of text without a
     * paragraph). A question that is a row of links ("Send us news | Did we get it wrong?") asks
     * nothing. Measured: extraction-dev HTML 0.86774 -> 0.86805 (5 pages better, a course catalogue
     * 0.65 -> 0.82, a product's FAQ 0.73 -> 0.95; 4 worse by 0.007 at most), multilingual unchanged.
     */
    private static boolean answersTheQuestionBefore(Element e, TextStats stats) {
        Element before = e.previousElementSibling();
        return before != null && stats.linkDensity(before) < 0.5 && isQuestion(before.text());
    }

    /** A question of three words or more: "What is expected of participants?" */
    private static boolean isQuestion(String text) {
        String t = text.strip();
        return (t.endsWith("?") || t.endsWith("？")) && TextMeasure.words(t) >= 3;
    }

    /** "display: none" in an inline style, read without copying the style (every element is asked). */
    private static boolean hasDisplayNone(String style) {
        int at = style.isEmpty() ? -1 : indexOfIgnoreCase(style, "display", 0);
        while (at >= 0) {
            int i = at + "display".length();
            while (i < style.length() && style.charAt(i) == ' ') i++;
            if (i < style.length() && style.charAt(i) == ':') {
                i++;
                while (i < style.length() && style.charAt(i) == ' ') i++;
                if (style.regionMatches(true, i, "none", 0, 4)) return true;
            }
            at = indexOfIgnoreCase(style, "display", at + 1);
        }
        return false;
    }

    private static int indexOfIgnoreCase(String s, String word, int from) {
        for (int i = from; i + word.length() <= s.length(); i++) if (s.regionMatches(true, i, word, 0, word.length())) return i;
        return -1;
    }

    /**
     * An element that holds most of the page's text is the page, whatever its tag: a form around an
     * ASP.NET page, an aside or header left unclosed so that the article ends up inside it.
     */
    private static boolean isWrapper(Element e, TextStats stats, int pageChars) {
        return pageChars >= MIN_MAIN_CHARS && stats.chars(e) >= pageChars * WRAPPER_SHARE;
    }

    /**
     * A class name is weak evidence (page builders call every block a "widget"); an element that
     * holds real sentences with few links is kept whatever its class says, and the block
     * classifier decides.
     */
    private static boolean holdsProse(Element e, TextStats stats) {
        return holdsProse(e, stats, false);
    }

    /**
     * ...and, with {@code items}, list items that are prose: an accordion's answer written as a list of
     * sentences. Asked so of hidden elements only. Measured on extraction-dev HTML: 0.86307 -> 0.86335
     * (7 pages better, shops' buying guides up to +0.15; 1 worse, -0.14: a guide whose hidden copy of
     * its own paragraphs the label leaves out); multilingual unchanged.
     */
    private static boolean holdsProse(Element e, TextStats stats, boolean items) {
        return stats.linkDensity(e) <= 0.3 && (stats.proseParagraphs(e) >= 1 || items && stats.proseItems(e) >= 1);
    }

    private static final int MIN_SCORED_CHARS = 25;

    /** Readability's scoring: paragraphs vote for their ancestors; the best-scored container is the article. */
    private static Element mainContainer(Element body, TextStats stats) {
        // in document order: elements hash by identity, and a tie must not be broken by the run
        Map<Element, Double> score = new java.util.LinkedHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li, h2, h3")) {
            int len = stats.chars(p);
            if (len < MIN_SCORED_CHARS) continue;
            double s = 1 + stats.commas(p) + Math.min(len / 100.0, 3);
            Element parent = p.parent(), grand = parent == null ? null : parent.parent();
            if (parent != null) score.merge(parent, s, Double::sum);
            if (grand != null) score.merge(grand, s / 2, Double::sum);
            Element great = grand == null ? null : grand.parent();
            if (great != null) score.merge(great, s / 3, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            Element el = e.getKey();
            double s = e.getValue() + classWeight(el);
            s *= 1 - stats.linkDensity(el);
            if (s > bestScore) { bestScore = s; best = el; }
        }
        if (best == null) return null;
        // an article split into sibling containers: take their common parent when a sibling scores close
        Element parent = best.parent();
        if (parent != null && parent != body.parent()) {
            double near = 0;
            for (Element sib : parent.children()) {
                if (sib != best && score.getOrDefault(sib, 0.0) >= bestScore * 0.3) near++;
            }
            if (near > 0) return parent;
        }
        return best;
    }

    private static double classWeight(Element e) {
        String hints = e.className() + " " + e.id();
        double w = 0;
        if (FurnitureClass.word(hints) != null) w -= 25;
        if (POSITIVE.matcher(hints).find()) w += 25;
        if (e.normalName().equals("article") || e.normalName().equals("main")) w += 25;
        return w;
    }

    /**
     * Turns the cleaned page into candidate blocks in document order: block elements, and text
     * directly inside a container between blocks as its own block. Blocks and the clean-up's
     * removals are numbered in one sequence, so that the ledger shows where each removal stood.
     */
    private static final class BlockCollector {
        final List<Candidate> candidates = new ArrayList<>();
        final List<RemovedBlock> cleanedOut = new ArrayList<>();
        private final Element main;
        private final TextStats stats;
        private final Map<Element, RemovedBlock> marks;
        private final SiteHost site;
        private final StringBuilder loose = new StringBuilder();
        private int looseLinkChars;
        private int position;
        /** Whether the blocks being collected stand in an element whose class calls it a caption. */
        private boolean inCaption;
        /** The containers being collected, innermost first: loose text takes its container's number and slot. */
        private final java.util.ArrayDeque<Container> containers = new java.util.ArrayDeque<>();
        private int containerCount;

        private record Container(int number, Element element) {}

        BlockCollector(Element main, TextStats stats, Map<Element, RemovedBlock> marks, SiteHost site) {
            this.main = main;
            this.stats = stats;
            this.marks = marks;
            this.site = site;
        }

        void collect(Element root, boolean inMain) {
            boolean outerCaption = inCaption;
            inCaption = inCaption || isCaption(root);
            containers.push(new Container(++containerCount, root));
            collectChildren(root, inMain);
            flush(inMain);
            containers.pop();
            inCaption = outerCaption;
        }

        /** A caption is short, and not the page: a theme's "hide-caption" setting on the body or a wrapper is not one. */
        private boolean isCaption(Element el) {
            return CaptionClass.names(el.className()) && stats.chars(el) <= MAX_CAPTION_CHARS && !el.normalName().equals("body");
        }

        private void collectChildren(Element root, boolean inMain) {
            for (Node child : root.childNodes()) {
                if (child instanceof TextNode tn) {
                    loose.append(tn.text());
                } else if (child instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals(REMOVED_MARK)) {
                        ledger(el);
                    } else if (tag.equals("br")) {
                        flush(inMain);
                    } else if (BLOCKS.contains(tag) && !hasBlockChild(el)) {
                        flush(inMain);
                        // a listing's line breaks are its text (wholeText keeps them, and a <br> as one)
                        String text = tag.equals("tr") ? rowText(el) : tag.equals("pre") ? el.wholeText() : el.text();
                        String kind = inCaption || isCaption(el) ? "figcaption" : tag;
                        double ld = stats.linkDensity(el);
                        // only a block of links is asked where they lead: the question costs a look at each link
                        boolean outbound = ld > OUTBOUND_ASKED && site.allLinksLeave(el);
                        if (!text.isBlank()) {
                            int container = containers.peek().number();
                            candidates.add(new Candidate(text, ++position, ld, kind, inMain, outbound, slotOf(el), container));
                        }
                        ledgerInside(el);
                    } else if (BLOCKS.contains(tag) || CONTAINERS.contains(tag) || isBlockish(el) || isCustomWrapper(el)) {
                        flush(inMain);
                        collect(el, inMain || el == main);
                    } else {
                        loose.append(el.text());
                        if (tag.equals("a")) looseLinkChars += el.text().length();
                        else for (Element a : el.select("a")) looseLinkChars += a.text().length();
                        ledgerInside(el); // a share button inside a line of text
                    }
                }
            }
        }

        /** Removals inside a block taken whole: numbered after it. */
        private void ledgerInside(Element block) {
            if (!marks.isEmpty()) for (Element mark : block.getElementsByTag(REMOVED_MARK)) ledger(mark);
        }

        private void ledger(Element mark) {
            RemovedBlock r = marks.get(mark);
            if (r != null) cleanedOut.add(new RemovedBlock(r.text(), r.reason(), r.rule(), ++position));
        }

        private void flush(boolean inMain) {
            String text = loose.toString().strip();
            if (!text.isEmpty()) {
                double ld = Math.min(1.0, (double) looseLinkChars / Math.max(1, text.length()));
                Container in = containers.peek();
                String kind = inCaption ? "figcaption" : "div";
                candidates.add(new Candidate(text, ++position, ld, kind, inMain, false, slotOf(in.element()), in.number()));
            }
            loose.setLength(0);
            looseLinkChars = 0;
        }
    }

    /** How many elements, the block's own and its ancestors', make its {@link Candidate#slot}: 3 or 5 did as well on extraction-dev. */
    private static final int SLOT_DEPTH = 4;

    private static int slotOf(Element el) {
        int h = 17;
        Element e = el;
        for (int depth = 0; e != null && depth < SLOT_DEPTH; depth++, e = e.parent()) {
            h = 31 * h + e.normalName().hashCode();
            String names = e.className();
            for (int i = 0; i < names.length(); i++) {
                char c = names.charAt(i);
                if (c < '0' || c > '9') h = 31 * h + c;
            }
        }
        return h == 0 ? 1 : h; // 0 says "no slot"
    }

    private static boolean hasBlockChild(Element el) {
        for (Element c : el.children()) {
            String t = c.normalName();
            if (BLOCKS.contains(t) || t.equals("div") || t.equals("table") || t.equals("ul") || t.equals("ol")) return true;
        }
        return false;
    }

    /**
     * A web component ({@code <vg-nav>}, {@code <app-root>}: a name with a hyphen, unknown to the
     * parser and so inline to it) holding blocks is a container. Read as a line of text, it turned
     * a page wrapped in one into a single block, menus and all (extraction-dev HTML 0.850 -> 0.851,
     * 20 pages better, 4 worse).
     */
    private static boolean isCustomWrapper(Element el) {
        return el.normalName().indexOf('-') > 0 && hasBlockChild(el);
    }

    private static boolean isBlockish(Element el) {
        return el.isBlock() && !el.normalName().equals("a");
    }

    private static String rowText(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.select("> td, > th")) if (!cell.text().isBlank()) cells.add(cell.text());
        return String.join(" | ", cells);
    }
}
