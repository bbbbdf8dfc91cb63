package dev.silkroute.normalize;

import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names of places, organizations and initiatives in many scripts, each tied to one canonical entry.
 * Countries come from ICU's CLDR data (their names in English, Chinese, Russian and Kazakh, keyed by
 * ISO 3166 code); then the project's alias tables under {@code aliases/}, GeoNames towns and cities
 * ({@code gazetteer/geonames.tsv.gz}) and CLDR's provinces and regions ({@code gazetteer/subdivisions.tsv},
 * keyed by ISO 3166-2 code), each list filling what the ones before it left.
 */
public final class Gazetteer {
    /** A canonical entity the gazetteer knows. */
    public record Entry(String type, String canonical, String id, List<String> xrefs) {}

    private static final String[] COUNTRY_NAME_LOCALES = {"en", "zh", "zh_Hant", "ru", "kk", "ky", "uz", "tg", "mn", "tr"};
    /** A word as the recognizer sees one; shared so an alias's first word is cut the same way. */
    static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}'’‘.\\-]*");

    private final Map<String, Entry> byKey = new HashMap<>();
    /** GeoNames places sharing a name (match key), and the country of each GeoNames place. */
    private final Map<String, List<Entry>> namesakes = new HashMap<>();
    private final Map<String, String> countryById = new HashMap<>();
    /** Match keys of the first word of every alias, and the first two characters of every CJK alias:
     *  the recognizer looks up a window only when it starts like a name, not every n-gram of a text. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private final java.util.Set<String> cjkPrefixes = new java.util.HashSet<>();
    private int longestAlias;

    public Gazetteer() {
        loadCountries();
        load("/aliases/places.tsv");
        load("/aliases/organizations.tsv");
        loadGeoNames("/gazetteer/geonames.tsv.gz");
        loadSubdivisions("/gazetteer/subdivisions.tsv");
    }

    /**
     * Provinces and regions (CLDR, ISO 3166-2 codes) last, filling only names nobody took: a city and
     * its province often share a name ("Almaty"), and news mostly means the city.
     */
    private void loadSubdivisions(String resource) {
        for (String[] c : rows(resource)) {
            Entry e = new Entry("GPE", c[1], "iso3166-2:" + c[0], List.of());
            for (String name : c[2].split("\\|")) add(name, e, false);
        }
    }

    /**
     * GeoNames places after the curated tables (which win): a name shared by several places goes to
     * the most populous, the disambiguation a reader of news from this region expects.
     */
    private void loadGeoNames(String resource) {
        Map<String, Long> population = new HashMap<>();
        Map<String, Long> populationById = new HashMap<>();
        try (InputStream raw = Gazetteer.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException(resource + " is missing (scripts/build-geonames.sh)");
            BufferedReader r = new BufferedReader(new InputStreamReader(new java.util.zip.GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                long pop = Long.parseLong(c[4]);
                Entry e = new Entry("GPE", c[1], "geonames:" + c[0], List.of());
                countryById.put(e.id(), c[2]);
                populationById.put(e.id(), pop);
                for (String name : c[6].split("\\|")) {
                    String key = MatchKey.of(name);
                    List<Entry> same = namesakes.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!same.contains(e)) same.add(e);
                    Entry have = byKey.get(key);
                    if (have != null && !population.containsKey(key)) continue; // a curated name
                    if (have != null && population.get(key) >= pop) continue;
                    population.put(key, pop);
                    add(name, e, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        namesakes.values().removeIf(list -> list.size() < 2);
        namesakes.values().forEach(list -> list.sort((a, b) -> Long.compare(populationById.get(b.id()), populationById.get(a.id()))));
    }

    /**
     * The GeoNames places that share this name, most populous first, when there are several (empty
     * otherwise): "Hami" or "Altay" may be places in more than one country, and the document decides.
     */
    public List<Entry> namesakes(String surface) {
        return namesakes.getOrDefault(MatchKey.of(surface), List.of());
    }

    /** The ISO 3166-1 code of the country an entry lies in, when its identifiers tell; null otherwise. */
    public String country(String id, List<String> xrefs) {
        String c = countryOfId(id);
        if (c != null) return c;
        for (String x : xrefs) {
            c = countryOfId(x);
            if (c != null) return c;
        }
        return null;
    }

    private String countryOfId(String id) {
        if (id == null) return null;
        if (id.startsWith("iso3166:")) return id.substring(8);
        if (id.startsWith("iso3166-2:")) return id.substring(10, 12);
        return countryById.get(id);
    }

    /** The entry an alias names, looked up by its match key. */
    public Entry lookup(String surface) {
        return byKey.get(MatchKey.of(surface));
    }

    /** Whether some alias starts with this word (compared by match key). */
    public boolean mayStartWith(String word) {
        return firstWords.contains(MatchKey.of(word));
    }

    /** Whether some CJK alias starts with these two characters. */
    public boolean mayStartWithCjk(String twoChars) {
        return cjkPrefixes.contains(MatchKey.of(twoChars));
    }

    /** The first word of a surface, trimmed as the recognizer trims words. */
    static String firstWord(String surface) {
        java.util.regex.Matcher m = WORD.matcher(surface);
        if (!m.find()) return null;
        int e = m.end();
        while (e > m.start() && ".-'’".indexOf(surface.charAt(e - 1)) >= 0) e--;
        return surface.substring(m.start(), e);
    }

    int longestAliasChars() {
        return longestAlias;
    }

    private void loadCountries() {
        Map<String, Entry> byCode = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            ULocale country = new ULocale("", iso);
            String english = country.getDisplayCountry(ULocale.ENGLISH);
            if (english == null || english.equals(iso)) continue;
            Entry e = new Entry("GPE", english, "iso3166:" + iso, List.of());
            byCode.put(iso, e);
            for (String loc : COUNTRY_NAME_LOCALES) add(country.getDisplayCountry(new ULocale(loc)), e);
        }
        // CLDR's English names are formal in places where news is not
        Entry us = lookup("United States");
        if (us != null) { add("USA", us); add("U.S.", us); add("US", us); }
        Entry uk = lookup("United Kingdom");
        if (uk != null) add("Britain", uk);
        for (String[] row : rows("/aliases/country-names.tsv")) {
            Entry country = byCode.get(row[0]);
            if (country == null) throw new IllegalStateException("country-names.tsv: no country with code " + row[0]);
            for (String alias : row[1].split("\\|")) add(alias, country);
        }
    }

    /** The tab-separated rows of a resource, without blank and comment lines. */
    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private void load(String resource) {
        for (String[] c : rows(resource)) {
            List<String> xrefs = c[3].isBlank() ? List.of() : Arrays.asList(c[3].split(","));
            String id = c[2].isBlank() ? (xrefs.isEmpty() ? null : xrefs.get(0)) : c[2];
            Entry e = new Entry(c[0], c[1], id, new ArrayList<>(xrefs));
            for (String alias : c[4].split("\\|")) add(alias, e);
        }
    }

    private void add(String alias, Entry e) {
        add(alias, e, false);
    }

    private void add(String alias, Entry e, boolean replace) {
        if (alias == null || alias.isBlank()) return;
        String key = MatchKey.of(alias);
        if (replace) byKey.put(key, e); else byKey.putIfAbsent(key, e);
        if (!key.isEmpty() && isCjk(key.codePointAt(0))) {
            if (key.length() >= 2) cjkPrefixes.add(key.substring(0, 2));
        } else {
            String first = firstWord(alias);
            if (first != null) {
                firstWords.add(MatchKey.of(first));
                // "Xi'an" is also written "Xi 'an": a window may start on the part before the apostrophe
                int apostrophe = first.replace('’', '\'').indexOf('\'');
                if (apostrophe > 0) firstWords.add(MatchKey.of(first.substring(0, apostrophe)));
            }
        }
        longestAlias = Math.max(longestAlias, alias.length());
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }
}
