package dev.silkroute.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a scraper envelope (see README, "Scraper envelopes") and rejects malformed ones with a reason. */
public final class EnvelopeReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Envelope read(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new InputRejected("read", "malformed-envelope",
                    "not valid JSON (" + firstLine(e.getMessage()) + "); an envelope is a JSON object, see README");
        }
        if (root == null || !root.isObject()) {
            throw new InputRejected("read", "malformed-envelope", "the envelope must be a JSON object with a body");
        }
        byte[] body;
        boolean text;
        if (root.hasNonNull("body")) {
            body = root.get("body").asText().getBytes(StandardCharsets.UTF_8);
            text = true;
        } else if (root.hasNonNull("body_base64")) {
            try {
                body = Base64.getMimeDecoder().decode(root.get("body_base64").asText());
            } catch (IllegalArgumentException e) {
                throw new InputRejected("read", "malformed-envelope", "body_base64 is not valid base64: " + e.getMessage());
            }
            text = false;
        } else {
            throw new InputRejected("read", "malformed-envelope", "the envelope has neither 'body' nor 'body_base64'");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        JsonNode h = root.get("headers");
        if (h != null && h.isObject()) h.fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        return new Envelope(text(root, "url"), text(root, "fetched_at"),
                root.hasNonNull("status") ? root.get("status").asInt() : null, headers,
                text(root, "content_type"), body, text);
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
