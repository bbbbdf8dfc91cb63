package dev.silkroute.language;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the lexicons of {@link WordLexicons} from word lists, one word per line: those of
 * Tesseract's OCR models (tessdata_fast as Debian packages it, Apache License 2.0, see NOTICE),
 * which list the words of web text in each language. Run by
 * {@code scripts/build-language-lexicons.sh}; never at run time.
 */
public final class LexiconImport {
    /** A word of letters, with an apostrophe inside (o'zbek, l'homme); numbers and symbols are not words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’ʼ][\\p{L}\\p{M}]+)*");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LexiconImport OUT.bin LANG=WORDS.txt[,WORDS.txt]...");
            System.exit(2);
        }
        Map<String, Set<String>> lexicons = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            Set<String> words = lexicons.computeIfAbsent(kv[0], k -> new TreeSet<>());
            for (String file : kv[1].split(",")) {
                for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                    String w = WordLexicons.normalize(line.strip());
                    if (WORD.matcher(w).matches() && w.codePointCount(0, w.length()) <= WordLexicons.MAX_CHARS) words.add(w);
                }
            }
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[0]))))) {
            out.writeInt(lexicons.size());
            for (Map.Entry<String, Set<String>> e : lexicons.entrySet()) {
                WordSet set = WordSet.sized(e.getValue().size());
                e.getValue().forEach(set::add);
                out.writeUTF(e.getKey());
                set.writeTo(out);
                System.out.println(e.getKey() + "\t" + set.words() + " words");
            }
        }
    }
}
