package dev.silkroute.scrape;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A polite HTTP GET: through the {@link HostGate} (one request per host at a time, with a delay),
 * conditional when the URL was fetched before (ETag / Last-Modified), redirects followed by hand
 * up to a limit and with loop detection, {@code Retry-After} honoured on 429 and 503, retries with
 * exponential back-off on network errors and 5xx, and a size and time limit on every response.
 */
public final class Fetcher {
    /** What the fetcher remembers of a URL from its last fetch. */
    public record Validators(String etag, String lastModified) {}

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "silkroute-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ScrapeConfig config;
    private final HostGate gate;
    private final HttpClient client;

    public Fetcher(ScrapeConfig config, HostGate gate) {
        this.config = config;
        this.gate = gate;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout()).build();
    }

    public FetchResult fetch(URI url, Validators known, Duration delay) throws InterruptedException {
        Set<URI> seen = new HashSet<>();
        URI current = url;
        int attempts = 0;
        for (int redirects = 0; ; ) {
            if (!seen.add(current)) {
                return FetchResult.failed(url, 0, "redirect-loop", "redirects loop back to " + current, attempts);
            }
            FetchResult r = fetchOnce(current, current.equals(url) ? known : null, delay);
            attempts += r.attempts();
            if (r.kind() != FetchResult.Kind.OK || r.status() < 300 || r.status() >= 400) {
                return new FetchResult(r.kind(), url, r.finalUrl(), r.status(), r.headers(), r.body(), r.reason(), r.message(), attempts);
            }
            String location = r.header("Location");
            if (location == null) return FetchResult.failed(url, r.status(), "bad-redirect", r.status() + " without a Location", attempts);
            if (++redirects > config.maxRedirects()) {
                return FetchResult.failed(url, r.status(), "too-many-redirects", "more than " + config.maxRedirects() + " redirects", attempts);
            }
            current = current.resolve(location.strip());
        }
    }

    /** One URL, with retries; a 3xx is returned as OK for {@link #fetch} to follow. */
    private FetchResult fetchOnce(URI url, Validators known, Duration delay) throws InterruptedException {
        int attempt = 0;
        while (true) {
            attempt++;
            Duration wait;
            String failure;
            int status = 0;
            try (HostGate.Pass pass = gate.enter(url, delay)) {
                HttpResponse<InputStream> resp = client.send(request(url, known), HttpResponse.BodyHandlers.ofInputStream());
                status = resp.statusCode();
                Map<String, String> headers = headers(resp);
                if (status == 304) {
                    resp.body().close();
                    return new FetchResult(FetchResult.Kind.NOT_MODIFIED, url, url, status, headers, null, null, null, attempt);
                }
                if (status == 429 || status == 503) {
                    resp.body().close();
                    wait = retryAfter(headers.get("retry-after"), attempt);
                    failure = "http-" + status;
                } else if (status >= 500) {
                    resp.body().close();
                    wait = backoff(attempt);
                    failure = "http-" + status;
                } else if (status >= 400) {
                    resp.body().close();
                    return FetchResult.failed(url, status, "http-" + status, "the server answered " + status, attempt);
                } else {
                    byte[] body = read(url, resp.body());
                    return new FetchResult(FetchResult.Kind.OK, url, url, status, headers, body, null, null, attempt);
                }
            } catch (BodyTooLarge e) {
                return FetchResult.failed(url, status, "too-large", "the response is over " + config.maxBytes() + " bytes", attempt);
            } catch (HttpTimeoutException e) {
                return FetchResult.failed(url, status, "timeout", "no answer within " + config.timeout().toSeconds() + " s", attempt);
            } catch (BodyTimedOut e) {
                return FetchResult.failed(url, status, "timeout", "the response took longer than " + config.timeout().toSeconds() + " s", attempt);
            } catch (IOException e) {
                wait = backoff(attempt);
                failure = "network";
                status = 0;
                if (attempt > config.retries()) {
                    return FetchResult.failed(url, 0, "network", e.getClass().getSimpleName() + ": " + e.getMessage(), attempt);
                }
            }
            if (attempt > config.retries()) {
                return FetchResult.failed(url, status, failure, "still " + failure + " after " + attempt + " attempts", attempt);
            }
            Thread.sleep(wait.toMillis());
        }
    }

    private HttpRequest request(URI url, Validators known) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).GET().timeout(config.timeout())
                .header("User-Agent", config.userAgent()).header("Accept-Encoding", "identity")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (config.contact() != null) b.header("From", config.contact());
        if (known != null && known.etag() != null) b.header("If-None-Match", known.etag());
        if (known != null && known.lastModified() != null) b.header("If-Modified-Since", known.lastModified());
        return b.build();
    }

    private static Map<String, String> headers(HttpResponse<?> resp) {
        Map<String, String> out = new LinkedHashMap<>();
        resp.headers().map().forEach((k, v) -> { if (!v.isEmpty() && !k.startsWith(":")) out.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)); });
        return out;
    }

    private static final class BodyTooLarge extends IOException {}

    private static final class BodyTimedOut extends IOException {}

    /** Reads at most maxBytes within the time limit; a stalled body is cut by closing its stream. */
    private byte[] read(URI url, InputStream in) throws IOException {
        java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            cut.set(true);
            try { in.close(); } catch (IOException ignored) { /* closing is the point */ }
        }, config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (in) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > config.maxBytes()) throw new BodyTooLarge();
                out.write(buf, 0, n);
            }
            if (cut.get()) throw new BodyTimedOut();
            return out.toByteArray();
        } catch (BodyTooLarge e) {
            throw e;
        } catch (IOException e) {
            if (cut.get()) throw new BodyTimedOut();
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    private Duration backoff(int attempt) {
        return config.retryBase().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    /** Retry-After in seconds or as an HTTP date, capped; without one, the back-off. */
    private Duration retryAfter(String value, int attempt) {
        if (value == null) return backoff(attempt);
        Duration d;
        try {
            d = Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            try {
                d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException e2) {
                d = backoff(attempt);
            }
        }
        if (d.isNegative()) d = Duration.ZERO;
        return d.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : d;
    }
}
