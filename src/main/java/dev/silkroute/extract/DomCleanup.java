package dev.silkroute.extract;

import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The clean-up of an HTML body before its blocks are read: furniture elements (scripts, forms,
 * navigation, page header and footer, asides, hidden elements, comment sections, share bars,
 * cookie banners...) are removed, each leaving a marker that the ledger fills in.
 */
final class DomCleanup {
    private DomCleanup() {}

    /** Selectors asked of many elements, parsed once (jsoup parses a query string at every call). */
    private static final Evaluator ARTICLES = QueryParser.parse("article, main, [itemprop=articleBody]");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "form", "button", "select", "input", "textarea", "nav", "aside", "menu", "dialog", "head");
    /**
     * The class or id names of readers' comments, and of customers' reviews ("reviews": the section;
     * a single "review" is as often a review article). Measured on extraction-dev: reviews alone
     * products 0.615 -> 0.642, services 0.826 -> 0.825 (testimonials some labels keep).
     */
    private static final Pattern COMMENTS = Pattern.compile("(?i)(^|[\\s_-])(comments?|disqus|reviews)([\\s_-]|$)");
    /**
     * Tags that mean furniture unless the element holds most of the page (not nav, header or footer:
     * a mega-menu or a site map in the footer can).
     */
    private static final Set<String> WRAPPER_SUSPECTS = Set.of("form", "noscript", "aside");
    private static final double WRAPPER_SHARE = 0.6;
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
    /** See {@link DomCleanup.Cleanup#widgetsBuildThePage}. */
    private static final double WIDGET_LAYOUT_SHARE = 0.5;

    /** The tag of the empty element left where the clean-up removed one, so that the ledger can say where. */
    static final String REMOVED_MARK = "silkroute-removed";

    /**
     * Removes the furniture. Each removed element that showed text leaves an empty marker in its
     * place, mapped to its ledger entry (the position is filled in when the blocks are numbered).
     * Returns the text counts of the cleaned body: those the clean-up took, less what it removed.
     */
    static TextStats clean(Element body, boolean byClassNames, PageMeta meta, Map<Element, RemovedBlock> ledger) {
        // infinite scroll's next stories go first: the rest of the clean-up judges the page without them
        for (Element story : NextStories.others(body, meta.title())) removeInto(ledger, story, "markup:next-story");
        Map<Element, String> drop = new LinkedHashMap<>();
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
            for (Element a : body.select(ARTICLES)) {
                boolean related = a == e || around.contains(a) || a.parents().contains(e);
                if (!related && stats.chars(a) >= MainContainer.MIN_MAIN_CHARS) return true;
            }
            return false;
        }

        /**
         * Whether the page is a discussion, whose replies are its content: it says so (schema.org
         * DiscussionForumPosting, QAPage: 74 of the 113 forum pages of extraction-dev, no other
         * page), or its comment-classed elements hold half its text and little prose stands
         * outside them ({@link DomCleanup#POST_PARAGRAPHS}). Asked only once a comment section is met.
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
            Deque<Element> todo = ChildElements.stackOf(body);
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
            Deque<Element> todo = ChildElements.stackOf(body);
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
        Deque<Element> todo = ChildElements.stackOf(root);
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
        if ((tag.equals("header") || tag.equals("footer")) && e.selectFirst(ARTICLE_OR_MAIN) == null) {
            if (e.closest(ARTICLE_OR_MAIN) == null) return "markup:page-" + tag;
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
        if (word == null || MainContainer.POSITIVE.matcher(id).find()) return null;
        if (holdsProse(e, stats) && !FurnitureClass.namesProseFurniture(word)) return null;
        return "markup:class-" + word;
    }

    private static final Pattern TAB_PANEL = Pattern.compile(
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
        return pageChars >= MainContainer.MIN_MAIN_CHARS && stats.chars(e) >= pageChars * WRAPPER_SHARE;
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
}
