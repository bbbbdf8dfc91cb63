package dev.silkroute.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The host of the page's own site: that of its URL (canonical, or where it was fetched), or else
 * the host most of its absolute links lead to (its menus, counted before the clean-up).
 */
final class SiteHost {
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
    private static final Set<String> SOCIAL = Set.of("facebook.com", "twitter.com", "x.com", "instagram.com",
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
        String h = href.substring(start, end).toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) h = h.substring(4);
        return h.isEmpty() ? null : h;
    }
}
