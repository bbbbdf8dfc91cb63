package dev.silkroute.scrape;

import java.net.URI;
import java.util.Map;

/**
 * What one fetch gave: a page, "not modified", or a failure with a short reason
 * ({@code http-404}, {@code too-large}, {@code timeout}, {@code redirect-loop}, {@code network}...).
 */
public record FetchResult(Kind kind, URI requested, URI finalUrl, int status, Map<String, String> headers, byte[] body,
                          String reason, String message, int attempts) {
    public enum Kind { OK, NOT_MODIFIED, FAILED }

    static FetchResult failed(URI url, int status, String reason, String message, int attempts) {
        return new FetchResult(Kind.FAILED, url, url, status, Map.of(), null, reason, message, attempts);
    }

    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        return null;
    }
}
