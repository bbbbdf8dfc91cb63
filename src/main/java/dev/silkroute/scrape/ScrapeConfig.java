package dev.silkroute.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code config/sources.yaml}: the fetcher's identity and limits, and the sources. Every mistake is
 * reported with the source and field it is in.
 */
public record ScrapeConfig(String userAgent, String contact, Duration timeout, long maxBytes, int maxRedirects,
                           int retries, Duration retryBase, Duration maxRetryAfter, Map<String, Source> sources) {

    public static final String DEFAULT_USER_AGENT = "silkroute/0.1 (news pipeline; +https://example.invalid/silkroute)";

    public static ScrapeConfig defaults() {
        return new ScrapeConfig(DEFAULT_USER_AGENT, null, Duration.ofSeconds(30), 10L * 1024 * 1024, 5, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(120), Map.of());
    }

    public static ScrapeConfig load(Path file) throws IOException {
        if (!Files.exists(file)) return defaults();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException(file + " is not valid YAML" + (at == null ? "" : " (line " + at.getLineNr() + ")") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isNull()) return defaults();
        ScrapeConfig d = defaults();
        JsonNode defs = root.path("defaults");
        Duration delay = Duration.ofMillis(defs.path("delay_ms").asLong(2000));
        int maxPages = defs.path("max_pages").asInt(50);
        Map<String, Source> sources = new LinkedHashMap<>();
        for (JsonNode s : root.path("sources")) {
            String name = s.path("name").asText(null);
            if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                throw new IOException(file + ": every source needs a name of letters, digits, '.', '_' or '-' (got " + name + ")");
            }
            if (sources.containsKey(name)) throw new IOException(file + ": source '" + name + "' is defined twice");
            Source src = new Source(name, uris(file, name, s.path("start_urls")), uris(file, name, s.path("feeds")),
                    uris(file, name, s.path("sitemaps")), patterns(file, name, s.path("allow")),
                    s.hasNonNull("schedule") ? s.get("schedule").asText() : null,
                    s.path("max_pages").asInt(maxPages), Duration.ofMillis(s.path("delay_ms").asLong(delay.toMillis())));
            if (src.startUrls().isEmpty() && src.feeds().isEmpty() && src.sitemaps().isEmpty()) {
                throw new IOException(file + ": source '" + name + "' has no start_urls, feeds or sitemaps");
            }
            sources.put(name, src);
        }
        return new ScrapeConfig(root.path("user_agent").asText(d.userAgent()),
                root.hasNonNull("contact") ? root.get("contact").asText() : null,
                Duration.ofSeconds(defs.path("timeout_seconds").asLong(d.timeout().toSeconds())),
                defs.path("max_bytes").asLong(d.maxBytes()), defs.path("max_redirects").asInt(d.maxRedirects()),
                defs.path("retries").asInt(d.retries()), Duration.ofMillis(defs.path("retry_base_ms").asLong(d.retryBase().toMillis())),
                Duration.ofSeconds(defs.path("max_retry_after_seconds").asLong(d.maxRetryAfter().toSeconds())), sources);
    }

    public ScrapeConfig withSources(Map<String, Source> s) {
        return new ScrapeConfig(userAgent, contact, timeout, maxBytes, maxRedirects, retries, retryBase, maxRetryAfter, s);
    }

    private static List<URI> uris(Path file, String source, JsonNode list) throws IOException {
        List<URI> out = new ArrayList<>();
        for (JsonNode n : list) {
            try {
                URI u = new URI(n.asText());
                if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) throw new IllegalArgumentException("not http(s)");
                out.add(u);
            } catch (Exception e) {
                throw new IOException(file + ": source '" + source + "': '" + n.asText() + "' is not an http(s) URL");
            }
        }
        return out;
    }

    private static List<Pattern> patterns(Path file, String source, JsonNode list) throws IOException {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode n : list) {
            try {
                out.add(Pattern.compile(n.asText()));
            } catch (PatternSyntaxException e) {
                throw new IOException(file + ": source '" + source + "': allow pattern '" + n.asText() + "': " + e.getDescription());
            }
        }
        return out;
    }
}
