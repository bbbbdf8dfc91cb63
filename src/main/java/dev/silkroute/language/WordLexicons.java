package dev.silkroute.language;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words each language is known to write, from the word lists of Tesseract's OCR models
 * ({@link LexiconImport}). In a phrase of one to three words the character models see too few
 * letters to tell Pashto from Persian or Uzbek from Tajik; whether a language has the words at all
 * is stronger evidence: "خپلو" is a Pashto word and no Persian or Urdu one.
 */
final class WordLexicons {
    static final String RESOURCE = "language/lexicons.bin";
    /**
     * A lexicon this small misses common words of its language, so its silence would rule the
     * language out wrongly: measured, Tatar's 5,400 words cost Tatar phrases 40 points. Such a
     * lexicon, and a language with none (Turkmen), never excludes its language.
     */
    static final int MIN_WORDS = 10_000;
    /** Longer word forms are not stored (they would double the file for little evidence), so say nothing. */
    static final int MAX_CHARS = 13;

    private final Map<String, WordSet> byLanguage = new HashMap<>();

    WordLexicons(Set<String> languages) {
        try (InputStream raw = WordLexicons.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException(RESOURCE + " is not on the class path (scripts/build-language-lexicons.sh)");
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String lang = in.readUTF();
                WordSet set = WordSet.readFrom(in);
                if (languages.contains(lang) && set.words() >= MIN_WORDS) byLanguage.put(lang, set);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The form words are stored and looked up in. */
    static String normalize(String word) {
        return Normalizer.normalize(DIRECTION_MARKS.matcher(word).replaceAll(""), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Joiners and bidirectional marks, which word lists of right-to-left languages carry and text may not. */
    private static final Pattern DIRECTION_MARKS = Pattern.compile("[\\u200c-\\u200f\\u202a-\\u202e\\u2066-\\u2069]");

    /**
     * The candidates whose lexicon may hold every word of the phrase, plus those that cannot be
     * judged (no usable lexicon); all the candidates when no lexicon holds them all, since a word
     * none of them knows (a name, a typo) says nothing.
     */
    Set<String> narrow(String[] phrase, Set<String> candidates) {
        List<String> words = new ArrayList<>(phrase.length);
        for (String w : phrase) {
            // a word longer than the lexicons store cannot be looked up
            if (!w.isEmpty() && w.codePointCount(0, w.length()) <= MAX_CHARS) words.add(normalize(w));
        }
        Set<String> out = new LinkedHashSet<>();
        boolean someLexiconHoldsAll = false;
        for (String c : candidates) {
            WordSet lexicon = byLanguage.get(c);
            if (lexicon == null) {
                out.add(c);
                continue;
            }
            boolean all = true;
            for (String w : words) {
                if (!lexicon.mightContain(w)) { all = false; break; }
            }
            if (all) {
                out.add(c);
                someLexiconHoldsAll = true;
            }
        }
        return someLexiconHoldsAll ? out : candidates;
    }
}
