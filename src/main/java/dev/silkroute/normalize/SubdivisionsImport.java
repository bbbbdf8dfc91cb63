package dev.silkroute.normalize;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Turns CLDR's subdivision names (Debian package {@code unicode-cldr-core}, Unicode licence, see
 * NOTICE) into the list of first-level divisions the gazetteer ships — provinces, autonomous regions,
 * oblasts — of China, Central Asia and the neighbours this corpus is about, keyed by ISO 3166-2 code,
 * with their names in the region's languages. GeoNames' cities500 has no provinces; this is where
 * "Guangdong", "广东" and "Гуандун" come from. Run by {@code scripts/build-subdivisions.sh}; never at run time.
 */
public final class SubdivisionsImport {
    private static final List<String> COUNTRIES = List.of("CN", "KZ", "KG", "UZ", "TJ", "TM", "MN", "AF", "PK", "RU");
    private static final List<String> LOCALES = List.of("en", "zh", "ru", "kk", "ky", "uz", "tk", "mn", "tr");
    /** Chinese administrative words and the peoples named in region names: "新疆维吾尔自治区" is also written "新疆". */
    private static final List<String> ZH_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SubdivisionsImport CLDR_COMMON_DIR OUT.tsv");
            System.exit(2);
        }
        Path common = Path.of(args[0]);
        Map<String, String> firstLevel = new LinkedHashMap<>(); // cldr code (cngd) → ISO 3166-2 code (CN-GD)
        NodeList groups = parse(common.resolve("supplemental/subdivisions.xml")).getElementsByTagName("subgroup");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            String country = g.getAttribute("type");
            if (!COUNTRIES.contains(country)) continue;
            for (String code : g.getAttribute("contains").split("\\s+")) {
                firstLevel.put(code, country + "-" + code.substring(2).toUpperCase(Locale.ROOT));
            }
        }
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, String> english = new LinkedHashMap<>();
        for (String locale : LOCALES) {
            Path file = common.resolve("subdivisions/" + locale + ".xml");
            if (!Files.exists(file)) continue;
            NodeList subs = parse(file).getElementsByTagName("subdivision");
            for (int i = 0; i < subs.getLength(); i++) {
                Element s = (Element) subs.item(i);
                String code = s.getAttribute("type");
                String draft = s.getAttribute("draft");
                // "unconfirmed" and "provisional" names are proposals nobody has checked yet
                if (!firstLevel.containsKey(code) || draft.equals("unconfirmed") || draft.equals("provisional")) continue;
                String name = s.getTextContent().strip();
                if (locale.equals("en")) english.put(code, name);
                Set<String> set = names.computeIfAbsent(code, k -> new LinkedHashSet<>());
                set.add(name);
                if (locale.equals("zh")) set.addAll(shortChineseForms(name));
            }
        }
        int kept = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("# First-level subdivisions from Unicode CLDR (unicode-cldr-core, Unicode licence); built by SubdivisionsImport\n");
            out.write("# iso3166-2\tenglish\tnames\n");
            for (Map.Entry<String, String> e : firstLevel.entrySet()) {
                String en = english.get(e.getKey());
                if (en == null) continue;
                out.write(e.getValue() + "\t" + en + "\t" + String.join("|", names.get(e.getKey())) + "\n");
                kept++;
            }
        }
        System.out.println("kept " + kept + " subdivisions in " + args[1]);
    }

    static List<String> shortChineseForms(String name) {
        List<String> out = new ArrayList<>();
        for (String suffix : ZH_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                out.add(name.substring(0, name.length() - suffix.length()));
                break;
            }
        }
        return out;
    }

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // CLDR files name their DTD; it is not needed to read them, and must not be fetched
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
