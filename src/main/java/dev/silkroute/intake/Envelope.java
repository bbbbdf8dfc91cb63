package dev.silkroute.intake;

import java.util.Map;

/**
 * A scraper's JSON envelope: the fetched page plus what the fetch knew about it.
 * {@code body} holds the page's bytes, decoded from {@code body} text (UTF-8) or {@code body_base64}.
 */
public record Envelope(String url, String fetchedAt, Integer status, Map<String, String> headers,
                       String contentType, byte[] body, boolean bodyWasText) {

    /** The charset named by Content-Type, if any: the server's word counts as a declaration. */
    public String declaredCharset() {
        String ct = effectiveContentType();
        if (ct == null) return null;
        for (String part : ct.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "").trim();
        }
        return null;
    }

    /** Whether the page is HTML rather than plain text, from the content type (HTML when unknown). */
    public boolean isPlainText() {
        String ct = effectiveContentType();
        return ct != null && ct.toLowerCase().startsWith("text/plain");
    }

    /** {@code content_type}, else the Content-Type header (any case). */
    private String effectiveContentType() {
        if (contentType != null || headers == null) return contentType;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase("content-type")) return h.getValue();
        }
        return null;
    }
}
