package dev.silkroute.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Canonical names of publishers as pages write them ("Chinadaily", "chinadaily.com.cn", "中国日报"
 * → China Daily), from the project's alias table {@code publishers.tsv}. Unknown names pass through
 * as written, only tidied.
 */
public final class PublisherNames {
    private final Map<String, String> canonicalByKey = new HashMap<>();

    public PublisherNames() {
        try (InputStream in = PublisherNames.class.getResourceAsStream("/aliases/publishers.tsv")) {
            if (in == null) throw new IllegalStateException("publishers.tsv is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                for (String alias : cols) canonicalByKey.put(key(alias), cols[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String canonical(String written) {
        if (written == null) return null;
        String tidy = written.strip().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        if (tidy.isEmpty()) return null;
        return canonicalByKey.getOrDefault(key(tidy), tidy);
    }

    /** Case, spaces, dots and a leading "www." do not distinguish publishers. */
    static String key(String s) {
        String k = s.toLowerCase(Locale.ROOT).strip();
        if (k.startsWith("www.")) k = k.substring(4);
        return k.replaceAll("[\\s.'’_-]+", "");
    }
}
