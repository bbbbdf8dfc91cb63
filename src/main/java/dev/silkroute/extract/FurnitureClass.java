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
    private static final Set<String> WORDS = Set.of("comment", "comments", "disqus", "share", "sharing", "social", "related",
            "recommend", "promo", "sponsor", "advert", "ad", "ads", "banner", "cookie", "consent", "gdpr", "newsletter",
            "subscribe", "popup", "modal", "breadcrumb", "breadcrumbs", "sidebar", "widget", "footer", "masthead", "navbar",
            "menu", "nav", "pagination", "pager", "tag", "tags", "toolbar", "print", "skip", "outbrain", "taboola");
    private static final Set<String> HIDING_NAMES = Set.of("hidden", "is-hidden", "u-hidden");

    private FurnitureClass() {}

    /** The first furniture word of the names in {@code classAndId} (lower case), or null when there is none. */
    static String word(String classAndId) {
        int n = classAndId.length();
        int nameStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !isSpace(classAndId.charAt(i))) continue;
            if (i > nameStart) {
                String found = wordOfName(classAndId.substring(nameStart, i));
                if (found != null) return found;
            }
            nameStart = i + 1;
        }
        return null;
    }

    private static String wordOfName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (HIDING_NAMES.contains(lower)) return "hidden";
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i < lower.length() && lower.charAt(i) != '-' && lower.charAt(i) != '_') continue;
            if (i > start) {
                String w = lower.substring(start, i);
                if (WORDS.contains(w)) return w;
            }
            start = i + 1;
        }
        return null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
