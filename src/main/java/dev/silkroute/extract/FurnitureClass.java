package dev.silkroute.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an element's class or id names it furniture: a word of its names, between spaces,
 * hyphens and underscores ("post-share-bar", "site_footer", "cookie banner"), is one of the words
 * sites use for comments, share bars, related links, ads, cookie banners, menus and the like; or a
 * whole class name hides it ("hidden", "is-hidden": Drupal calls every article body
 * "field-label-hidden", so not as a word).
 * <p>
 * Read word by word, not with one pattern: the clean-up asks every element of every page, and a
 * pattern of forty alternatives tried at each position of each name was a tenth of the clean-up's time.
 */
final class FurnitureClass {
    /**
     * The words whose element is furniture even when it holds prose: a pop-up's or a modal's pitch, a
     * newsletter box, a cookie or consent notice, the page's footer speak in sentences, which
     * otherwise save an element from its class name (a "related" box of teasers or a "sidebar" that
     * holds the article's own aside may be text). Measured on extraction-dev HTML: 0.86914 ->
     * 0.87060 (25 pages better, 3 worse: IKEA's product details in a "modal" sheet -0.12);
     * multilingual 0.95619 -> 0.95897 (a paywall modal on Corriere della Sera 0.93 -> 1.00). The
     * same for share, social, ad, sponsor and promo names: +0.0002 more, 5 more pages worse; for
     * banner and sidebar, or comment: worse.
     * <p>
     * ...and a disclaimer, a legal notice, a "cite this page" box, a site announcement, an affiliate
     * disclosure (words found by ranking the class-name words of the dev pages' blocks that are in
     * our output and not in the labels): HTML 0.87060 -> 0.87124 (19 pages better, 3 worse whose
     * labels keep an insurer's or a shop's small print, -0.08 to -0.10), multilingual unchanged.
     * "signature", "notice", "tooltip", "signup", "subscription": no better or worse. A "dialog"
     * (as role="dialog" is, by the markup rules): 0.87124 -> 0.87150 (4 pages better, three of them
     * one shop's, none worse).
     */
    private static final Set<String> PROSE_FURNITURE = Set.of("popup", "modal", "newsletter", "subscribe", "cookie", "gdpr", "consent", "footer",
            "disclaimer", "legal", "citation", "announcement", "affiliate", "dialog");
    /** The furniture words: a name's word among these makes its element furniture, unless it holds prose (above). */
    private static final Set<String> WORDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("comment", "comments", "disqus",
            "share", "sharing", "social", "related", "recommend", "promo", "sponsor", "advert", "ad", "ads", "banner", "breadcrumb",
            "breadcrumbs", "sidebar", "widget", "masthead", "navbar", "menu", "nav", "pagination", "pager", "tag", "tags", "toolbar",
            "print", "skip", "outbrain", "taboola"), PROSE_FURNITURE.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> HIDING_NAMES = Set.of("hidden", "is-hidden", "u-hidden");

    private FurnitureClass() {}

    /**
     * The word page builders (Elementor, HubSpot, SiteOrigin) give every block of a page, text and
     * headings included, as a theme gives it the boxes of its sidebar.
     */
    static final String LAYOUT_WORD = "widget";

    /** The first furniture word of the names in {@code classAndId} (lower case), or null when there is none. */
    static String word(String classAndId) {
        return word(classAndId, null);
    }

    /** The first furniture word of the names other than {@code notFurniture}, or null when there is none. */
    static String word(String classAndId, String notFurniture) {
        int n = classAndId.length();
        int nameStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !isSpace(classAndId.charAt(i))) continue;
            if (i > nameStart) {
                String name = classAndId.substring(nameStart, i);
                String found = wordOfName(name, notFurniture);
                if (found != null && !(isTermName(name) && hasPostClasses(classAndId)) && !isContentWrapper(name)) return found;
            }
            nameStart = i + 1;
        }
        return null;
    }

    /** Whether an element that {@link #word} names so is furniture even when it holds prose. */
    static boolean namesProseFurniture(String word) {
        return PROSE_FURNITURE.contains(word);
    }

    /**
     * An author's box under the article ("author-bio", "about-the-author", "author-box", "author-card"):
     * a bio is prose by nature, which would save it from the class names (as comments are), and it is
     * about the writer, not the story. On extraction-dev 113 such elements of 80 characters or more
     * stand on 101 pages, 301 of their 99,216 characters in a label. Measured: HTML 0.86867 ->
     * 0.86914 (12 pages better, a bio under a college-admissions post 0.91 -> 0.99; 1 worse by 0.03,
     * whose contact band below then ran on into the text); multilingual 0.95604 -> 0.95619. The
     * names are compounds, not one furniture word; and the clean-up asks for a bio's length: a short
     * box (a byline, a name and a photo: Aftonbladet's "Leo Pettersson") stays, for the metadata:
     * removed, it let two teasers under an article into the text (-0.02).
     */
    private static final java.util.regex.Pattern AUTHOR_BOX = java.util.regex.Pattern.compile(
            "(^|[\\s_-])(author-?bio|about-?(the-?)?author|author-?(box|info|description|profile|card|details)|authorbox|bio-?box)([\\s_-]|$)");

    static boolean namesAuthorBox(String classAndId) {
        if (!classAndId.contains("uthor") && !classAndId.contains("bio")) return false; // the pattern only where it can match
        return AUTHOR_BOX.matcher(classAndId.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether one of the names in {@code classAndId} has {@code word} among its words. */
    static boolean names(String classAndId, String word) {
        String lower = classAndId.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || isBoundary(lower.charAt(at - 1))) && (end == lower.length() || isBoundary(lower.charAt(end)))) return true;
        }
        return false;
    }

    private static boolean isBoundary(char c) {
        return c == '-' || c == '_' || isSpace(c);
    }

    /**
     * WordPress marks each post's element with its terms: "tag-social-media", "category-ads",
     * WooCommerce's "product_tag-reusable-cups". Such a name says what the post is about, not that
     * the element is a tag box: every product card of a shop whose products are tagged was removed
     * as "tag" furniture (extraction-dev HTML 0.8595 -> 0.8601, 4 pages better, a shop's grid 0.02 -> 0.59;
     * one 0.02 worse).
     */
    private static final String[] TERM_PREFIXES = {"tag-", "category-", "product_tag-", "product_cat-"};

    private static boolean isTermName(String name) {
        for (String prefix : TERM_PREFIXES) {
            if (name.length() > prefix.length() && name.regionMatches(true, 0, prefix, 0, prefix.length())) return true;
        }
        return false;
    }

    /**
     * Genesis, a WordPress theme framework, wraps the page's content and its sidebar together in
     * "content-sidebar-wrap": the layout that holds the text, not a sidebar (but "content-ad-wrapper"
     * and "content-hub-nav__sub-menu-container" are what their words say). A category page whose list of
     * recipes stands in it lost the list (extraction-dev HTML 0.87687 -> 0.87705, that page 0.68 ->
     * 0.95, none worse; multilingual unchanged). Articles in it kept their prose, which saves an
     * element from its name.
     */
    private static final java.util.regex.Pattern CONTENT_WRAPPER = java.util.regex.Pattern.compile(
            "(?i)content[-_]sidebars?[-_](wrap|wrapper|container)");

    private static boolean isContentWrapper(String name) {
        return CONTENT_WRAPPER.matcher(name).matches();
    }

    /** Whether the names are those WordPress's post_class() gives a post: "hentry", "type-post", "status-publish". */
    private static boolean hasPostClasses(String classAndId) {
        return classAndId.contains("hentry") || classAndId.contains("status-publish") || classAndId.startsWith("type-")
                || classAndId.contains(" type-");
    }

    private static String wordOfName(String name, String notFurniture) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (HIDING_NAMES.contains(lower)) return "hidden";
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i < lower.length() && lower.charAt(i) != '-' && lower.charAt(i) != '_') continue;
            if (i > start) {
                String w = lower.substring(start, i);
                if (WORDS.contains(w) && !w.equals(notFurniture)) return w;
            }
            start = i + 1;
        }
        return null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
