package dev.silkroute.extract;

import java.net.URI;
import java.util.Locale;

/**
 * What is known of a site's pages: how many were stored, and on how many a block appeared. The
 * strongest sign of a site's footer or menu is that it repeats on every page of the site. The
 * extraction stage only reads this; the store keeps it up to date.
 */
public interface SiteProfile {
    /** A block counts as the site's boilerplate only after this many pages of the site were seen... */
    int MIN_PAGES = 5;
    /** ...and when it was on at least this share of them; content that repeats once never qualifies. */
    double MIN_SHARE = 0.6;

    int pages(String site);

    /** The fingerprints of the site's blocks seen on at least {@code minPages} pages, with their counts. */
    java.util.Map<String, Integer> blocksOnAtLeast(String site, int minPages);

    SiteProfile NONE = new SiteProfile() {
        public int pages(String site) { return 0; }
        public java.util.Map<String, Integer> blocksOnAtLeast(String site, int minPages) { return java.util.Map.of(); }
    };

    /** The site of a page: the host of its URL without "www.", else the declared site name. */
    /** The reason a block this site prints on most of its pages is removed for. */
    String BOILERPLATE = "site-boilerplate";

    static String siteOf(String url, String siteName) {
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException ignored) {
                // an unparsable URL names no site
            }
        }
        return siteName == null || siteName.isBlank() ? null : siteName.strip().toLowerCase(Locale.ROOT);
    }

    /** A block's fingerprint, as the store keeps it: its {@link #folded} form, hashed. */
    static String fingerprint(String block) {
        return dev.silkroute.intake.RawInput.sha256(folded(block).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * Case, spacing and digits folded, so "© 2023" and "© 2024" footers are one block: what a page's
     * lines are compared by in memory, where a hash would add work and no meaning.
     */
    static String folded(String block) {
        return block.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\d", "0").strip();
    }
}
