package dev.silkroute.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Configuration, lowest precedence first: built-in defaults, {@code config/application.properties}
 * in the install directory, environment variables ({@code SILKROUTE_INBOX} for
 * {@code silkroute.inbox}, ...), command-line options. Relative paths are resolved against the
 * working directory of the command.
 */
public final class Settings {
    public static final String INBOX = "silkroute.inbox";
    public static final String DB = "silkroute.db";
    public static final String MIN_AGE_MS = "silkroute.inbox.min-age-ms";
    public static final String POLL_MS = "silkroute.inbox.poll-ms";
    public static final String MAX_BYTES = "silkroute.max-bytes";
    public static final String MAX_SECONDS = "silkroute.max-seconds-per-file";
    public static final String BUSY_TIMEOUT_MS = "silkroute.db.busy-timeout-ms";
    public static final String DB_MAX_MB = "silkroute.db.max-size-mb";
    public static final String SOURCES = "silkroute.sources";
    public static final String RAW_DIR = "silkroute.raw-dir";
    public static final String HTTP_ENABLED = "silkroute.http.enabled";
    public static final String HTTP_HOST = "silkroute.http.host";
    public static final String HTTP_PORT = "silkroute.http.port";
    public static final String HTTP_TOKEN = "silkroute.http.token";
    public static final String LANGUAGES = "silkroute.languages";
    public static final String LOW_MEMORY = "silkroute.language.low-memory";

    private final Properties props = new Properties();
    private final Path home;

    private Settings(Path home) {
        this.home = home;
        props.setProperty(INBOX, "inbox");
        props.setProperty(DB, "data/silkroute.db");
        props.setProperty(MIN_AGE_MS, "1000");
        props.setProperty(POLL_MS, "500");
        props.setProperty(MAX_BYTES, String.valueOf(50L * 1024 * 1024));
        props.setProperty(MAX_SECONDS, "60");
        props.setProperty(BUSY_TIMEOUT_MS, "10000");
        props.setProperty(DB_MAX_MB, "0");
        props.setProperty(SOURCES, "config/sources.yaml");
        props.setProperty(RAW_DIR, "");
        props.setProperty(HTTP_ENABLED, "false");
        props.setProperty(HTTP_HOST, "127.0.0.1");
        props.setProperty(HTTP_PORT, "8088");
        props.setProperty(HTTP_TOKEN, "");
        props.setProperty(LANGUAGES, "en,zh,ja,ko,ru,uk,kk,ky,tg,mn,uz,uz-Cyrl,tk,tt,ug,tr,az,fa,ar,ur,ps,de,fr,es,it,pt,nl,pl");
        props.setProperty(LOW_MEMORY, "false");
    }

    /** Settings for an install directory, with its properties file and the environment applied. */
    public static Settings load(Path home, Map<String, String> env) {
        Settings s = new Settings(home);
        Path file = home.resolve("config/application.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                Properties p = new Properties();
                p.load(in);
                p.forEach((k, v) -> s.props.setProperty(k.toString(), v.toString().strip()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        for (String key : List.of(INBOX, DB, MIN_AGE_MS, POLL_MS, MAX_BYTES, MAX_SECONDS, BUSY_TIMEOUT_MS, DB_MAX_MB, SOURCES, RAW_DIR, HTTP_ENABLED, HTTP_HOST, HTTP_PORT, HTTP_TOKEN, LANGUAGES, LOW_MEMORY)) {
            String envName = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            if (env.containsKey(envName)) s.props.setProperty(key, env.get(envName));
        }
        return s;
    }

    /** Defaults only, for tests. */
    public static Settings defaults(Path home) {
        return new Settings(home);
    }

    public Settings with(String key, String value) {
        if (value != null) props.setProperty(key, value);
        return this;
    }

    public String get(String key) {
        return props.getProperty(key);
    }

    public Path home() { return home; }

    public Path inbox() { return Path.of(get(INBOX)).toAbsolutePath().normalize(); }

    public Path db() { return Path.of(get(DB)).toAbsolutePath().normalize(); }

    public long maxBytes() { return wholeNumber(MAX_BYTES); }
    /** The sources file; relative paths are resolved against the install directory. */
    public Path sourcesFile() { return home.resolve(get(SOURCES)).toAbsolutePath().normalize(); }
    /** Where fetched pages are kept as envelopes: {@code silkroute.raw-dir}, or {@code raw/} beside the database. */
    public Path rawDir() {
        String dir = get(RAW_DIR);
        return dir == null || dir.isBlank() ? db().resolveSibling("raw") : Path.of(dir).toAbsolutePath().normalize();
    }
    public long minAgeMs() { return wholeNumber(MIN_AGE_MS); }
    public boolean httpEnabled() { return Boolean.parseBoolean(get(HTTP_ENABLED)); }
    public int busyTimeoutMs() { return (int) Math.min(Integer.MAX_VALUE, wholeNumber(BUSY_TIMEOUT_MS)); }
    /** The database's size cap in MB; 0 means none (the disk is the limit). */
    public long dbMaxSizeMb() { return wholeNumber(DB_MAX_MB); }
    public java.time.Duration timeLimit() { return java.time.Duration.ofSeconds(wholeNumber(MAX_SECONDS)); }

    /** A setting that must be a whole number of zero or more, with where to fix it when it is not. */
    private long wholeNumber(String key) {
        String v = get(key);
        try {
            long n = Long.parseLong(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException | NullPointerException notANumber) {
            // said below
        }
        String env = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        throw new InvalidSetting("setting " + key + " is '" + v + "', not a whole number of zero or more: fix it in "
                + home.resolve("config/application.properties") + " or in the environment variable " + env);
    }

    public boolean lowMemory() { return Boolean.parseBoolean(get(LOW_MEMORY)); }

    public List<String> languages() { return Arrays.asList(get(LANGUAGES).split("\\s*,\\s*")); }

    public Properties asProperties() {
        Properties p = new Properties();
        p.putAll(props);
        p.setProperty(INBOX, inbox().toString());
        p.setProperty(DB, db().toString());
        return p;
    }
}
