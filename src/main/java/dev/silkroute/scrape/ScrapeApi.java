package dev.silkroute.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import dev.silkroute.pipeline.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * What {@code POST /scrapes} and {@code GET /scrapes/{id}} answer (routes/http.yaml carries the
 * requests here): start a run of a source, or report a run's progress and result. With a token
 * configured, a request must carry {@code Authorization: Bearer TOKEN}.
 */
public final class ScrapeApi {
    /** An HTTP status and a JSON body. */
    public record Response(int status, String json) {}

    private final ScrapeJobs jobs;
    private final String token;

    public ScrapeApi(ScrapeJobs jobs, String token) {
        this.jobs = jobs;
        this.token = token == null || token.isBlank() ? null : token;
    }

    public Response start(String authorization, String body) {
        if (!authorized(authorization)) return error(401, "missing or wrong bearer token");
        String source;
        try {
            JsonNode req = Json.MAPPER.readTree(body == null ? "" : body);
            source = req == null ? null : req.path("source").asText(null);
        } catch (Exception e) {
            return error(400, "the body must be JSON: {\"source\": \"NAME\"}");
        }
        if (source == null) return error(400, "the body must name a source: {\"source\": \"NAME\"}");
        try {
            ScrapeJobs.Job job = jobs.start(source, "http");
            return new Response(202, Json.write(Map.of("id", job.id, "source", job.source, "status_url", "/scrapes/" + job.id)));
        } catch (ScrapeJobs.Refused r) {
            return error(r.status, r.getMessage());
        }
    }

    public Response status(String authorization, String id) {
        if (!authorized(authorization)) return error(401, "missing or wrong bearer token");
        ScrapeJobs.Job job = id == null ? null : jobs.get(id);
        if (job == null) return error(404, "no scrape run '" + id + "'");
        return new Response(200, Json.write(job.view()));
    }

    private boolean authorized(String header) {
        if (token == null) return true;
        if (header == null || !header.startsWith("Bearer ")) return false;
        // constant-time comparison: the token is a secret
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static Response error(int status, String message) {
        return new Response(status, Json.write(Map.of("error", message)));
    }
}
