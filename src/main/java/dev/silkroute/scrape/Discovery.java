package dev.silkroute.scrape;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Article URLs from a source's feeds (RSS 2.0, Atom) and sitemaps (XML, text, news sitemaps,
 * sitemap indexes one level deep), parsed by crawler-commons, newest first where the feed says.
 */
public final class Discovery {
    private final Fetcher fetcher;
    private final SiteMapParser parser = new SiteMapParser(false);

    public Discovery(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The URLs a listing names; failures are reported into {@code problems} and the rest goes on. */
    public List<URI> urls(URI listing, Duration delay, List<String> problems) throws InterruptedException {
        Set<URI> out = new LinkedHashSet<>();
        collect(listing, delay, problems, out, 0);
        return new ArrayList<>(out);
    }

    private void collect(URI listing, Duration delay, List<String> problems, Set<URI> out, int depth) throws InterruptedException {
        FetchResult r = fetcher.fetch(listing, null, delay);
        if (r.kind() != FetchResult.Kind.OK) {
            problems.add(listing + ": " + r.reason() + " (" + r.message() + ")");
            return;
        }
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(r.header("content-type"), r.body(), r.finalUrl().toURL());
        } catch (Exception e) {
            problems.add(listing + ": not a feed or sitemap (" + e.getMessage() + ")");
            return;
        }
        if (map.isIndex()) {
            if (depth > 0) return;
            for (AbstractSiteMap child : ((SiteMapIndex) map).getSitemaps()) {
                collect(toUri(child.getUrl().toString()), delay, problems, out, depth + 1);
            }
            return;
        }
        List<SiteMapURL> urls = new ArrayList<>(((SiteMap) map).getSiteMapUrls());
        urls.sort((a, b) -> {
            if (a.getLastModified() == null || b.getLastModified() == null) return 0;
            return b.getLastModified().compareTo(a.getLastModified());
        });
        for (SiteMapURL u : urls) {
            URI uri = toUri(u.getUrl().toString());
            if (uri != null) out.add(uri);
        }
    }

    private static URI toUri(String s) {
        try {
            return new URI(s);
        } catch (Exception e) {
            return null;
        }
    }
}
