package dev.silkroute.scrape;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One configured source: where to start (pages, RSS/Atom feeds, sitemaps), which URLs are its
 * articles, when to run, how many pages per run, and how politely to fetch.
 *
 * @param allow    URL patterns (regular expressions, searched) an article URL must match; empty:
 *                 any URL on the hosts of the start URLs, feeds and sitemaps
 * @param schedule a Quartz cron expression for {@code silkroute run}, or null for on demand only
 */
public record Source(String name, List<URI> startUrls, List<URI> feeds, List<URI> sitemaps, List<Pattern> allow,
                     String schedule, int maxPages, Duration delay) {

    /** An ad-hoc source for URLs given on the command line: just those pages. */
    public static Source ofUrls(List<URI> urls, Duration delay) {
        return new Source("adhoc", urls, List.of(), List.of(), List.of(), null, urls.size(), delay);
    }

    public boolean allows(URI url) {
        if (allow.isEmpty()) {
            String host = url.getHost();
            return host != null && java.util.stream.Stream.of(startUrls, feeds, sitemaps).flatMap(List::stream)
                    .anyMatch(u -> host.equalsIgnoreCase(u.getHost()));
        }
        String s = url.toString();
        return allow.stream().anyMatch(p -> p.matcher(s).find());
    }
}
