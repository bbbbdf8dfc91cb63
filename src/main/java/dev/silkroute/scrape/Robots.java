package dev.silkroute.scrape;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt, fetched once per host and kept for a day (crawler-commons parses it). A missing
 * robots.txt (4xx) allows everything; one the server fails to give (5xx, network) disallows
 * everything until it can be read, as RFC 9309 asks.
 */
public final class Robots {
    private static final Duration KEEP = Duration.ofHours(24);

    private record Cached(BaseRobotRules rules, long fetchedNanos) {}

    private final Fetcher fetcher;
    private final String agentToken;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public Robots(Fetcher fetcher, String userAgent) {
        this.fetcher = fetcher;
        // the product token of the user agent ("silkroute/0.1 (...)" → "silkroute") is what robots.txt names
        this.agentToken = userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    }

    public BaseRobotRules rulesFor(URI url, Duration delay) throws InterruptedException {
        String host = HostGate.key(url);
        Cached c = cache.get(host);
        if (c != null && System.nanoTime() - c.fetchedNanos() < KEEP.toNanos()) return c.rules();
        URI robots = url.resolve("/robots.txt");
        FetchResult r = fetcher.fetch(robots, null, delay);
        BaseRobotRules rules;
        if (r.kind() == FetchResult.Kind.OK && r.status() == 200) {
            rules = parser.parseContent(robots.toString(), r.body(), r.header("content-type"), List.of(agentToken));
        } else {
            rules = parser.failedFetch(r.status() == 0 ? 503 : r.status());
        }
        cache.put(host, new Cached(rules, System.nanoTime()));
        return rules;
    }

    public boolean allowed(URI url, Duration delay) throws InterruptedException {
        return rulesFor(url, delay).isAllowed(url.toString());
    }

    /** The delay to use for a host: the source's, or the site's Crawl-delay if longer. */
    public Duration delayFor(URI url, Duration configured) throws InterruptedException {
        long crawlDelay = rulesFor(url, configured).getCrawlDelay();
        if (crawlDelay <= 0) return configured;
        Duration site = Duration.ofMillis(Math.min(crawlDelay, 60_000));
        return site.compareTo(configured) > 0 ? site : configured;
    }
}
