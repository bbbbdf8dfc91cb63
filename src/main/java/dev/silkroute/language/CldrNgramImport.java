package dev.silkroute.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds the character n-gram counts of {@link CldrNgramModel} from the text of Unicode CLDR (Debian
 * package {@code unicode-cldr-core}, Unicode licence, see NOTICE): per language, every localized
 * name in its locale file (languages, countries, currencies, units, calendar words) and its emoji
 * annotations ("gülýän ýüz", "ورځ"), which are everyday words. That is a few tens of thousands of
 * characters per language, written by native speakers, for every language of this project,
 * including those the statistical models lack. Run by {@code scripts/build-language-ngrams.sh};
 * never at run time.
 */
public final class CldrNgramImport {
    /**
     * Model key → CLDR files where they are not {@code main/KEY.xml} and its annotations. A language
     * written in a second script gets a model of its own for it ({@code uz-Cyrl}): mixed into one,
     * the other script's counts would only dilute every probability.
     */
    private static final Map<String, List<String>> SOURCES = Map.of(
            "uz-Cyrl", List.of("main/uz_Cyrl.xml"));
    /** Localized patterns and letter inventories, not running text: "d MMM y" would teach every language "mmm". */
    private static final Set<String> SKIPPED = Set.of("exemplarCharacters", "pattern", "dateFormatItem",
            "intervalFormatItem", "greatestDifference", "parseLenient", "numberingSystem", "defaultNumberingSystem",
            "symbol", "decimal", "group", "minusSign", "plusSign", "percentSign", "perMille", "exponential");
    /** An n-gram seen once in this little text is as likely noise as evidence. */
    private static final int MIN_COUNT = 2;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CldrNgramImport CLDR_COMMON_DIR LANGUAGES(comma-separated, uz-Cyrl for a second script) OUT.tsv.gz");
            System.exit(2);
        }
        Path common = Path.of(args[0]);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[2]))), StandardCharsets.UTF_8)) {
            out.write("# language\tn-gram\tcount, from Unicode CLDR locale and annotation files (CldrNgramImport)\n");
            for (String lang : args[1].split(",")) {
                Map<String, Integer> counts = new TreeMap<>();
                for (String file : SOURCES.getOrDefault(lang, List.of("main/" + lang + ".xml", "annotations/" + lang + ".xml",
                        "annotationsDerived/" + lang + ".xml"))) {
                    Path p = common.resolve(file);
                    if (Files.exists(p)) readText(p, text -> CldrNgramModel.grams(text, g -> counts.merge(g, 1, Integer::sum)));
                }
                if (counts.isEmpty()) throw new IOException("CLDR has no text for " + lang + " under " + common);
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    if (e.getValue() >= MIN_COUNT) out.write(lang + "\t" + e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
    }

    private static void readText(Path file, java.util.function.Consumer<String> sink) throws Exception {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            int skipDepth = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (skipDepth > 0 || SKIPPED.contains(r.getLocalName())) skipDepth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (skipDepth > 0) skipDepth--;
                } else if (ev == XMLStreamConstants.CHARACTERS && skipDepth == 0 && !r.isWhiteSpace()) {
                    sink.accept(r.getText().replaceAll("\\{\\d+}", " "));
                }
            }
        }
    }
}
