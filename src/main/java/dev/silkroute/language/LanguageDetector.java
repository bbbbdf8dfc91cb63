package dev.silkroute.language;

import com.ibm.icu.lang.UScript;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Labels a text with its language. A cascade, cheapest and surest evidence first:
 * <ol>
 *   <li>no letters, or one capital letter → {@code und} (dates, numbers, URLs, phone lines, list marks);</li>
 *   <li>the writing system: Hangul → ko, Kana → ja, Han alone → zh unless its characters are
 *       Japanese forms ({@link HanLetters});</li>
 *   <li>the alphabet ({@link Alphabets}, CLDR exemplar letters): only the configured languages whose
 *       alphabet holds the text's letters stay candidates — ұ rules out Russian, ї rules out Kazakh,
 *       ە rules out Arabic and Persian; one candidate left is the answer;</li>
 *   <li>in a phrase of at most three words that are all function words of some candidates (Lucene's
 *       stop-word lists, {@link FunctionWords}): only those candidates; in a phrase of other words,
 *       only the candidates whose lexicon has them ({@link WordLexicons});</li>
 *   <li>a character n-gram model learned from Unicode CLDR ({@link CldrNgramModel}), heard when it
 *       names a language neither statistical model has (Turkmen);</li>
 *   <li>Apache OpenNLP ({@link OpenNlpModel}) among the candidates, heard when it names a language
 *       Lingua lacks (ky, tg, uz, tt, ps), or, on a full sentence, when it is sure;</li>
 *   <li>Lingua ({@link LinguaModel}) among the candidates it knows: the most accurate on those.</li>
 * </ol>
 * Build one per process: the models take seconds and hundreds of megabytes to load; detection is
 * thread-safe.
 */
public final class LanguageDetector {
    /**
     * In a text of at least {@link #LONG_TEXT_WORDS} words a candidate survives the alphabet test if
     * its share of foreign words is this close to the best (a quoted name must not decide); in a
     * shorter text only the best fit survives (one word with ұ decides a phrase).
     */
    private static final double ALPHABET_TOLERANCE = 0.08;
    private static final int LONG_TEXT_WORDS = 8;
    /**
     * A text this long is a sentence, on which OpenNLP (trained on news text) is as right as Lingua
     * at a fraction of the cost: when it gives one candidate more than {@link #SURE_OPENNLP} of the
     * candidates' probability, Lingua is not asked. Measured on the dev sentences: no answer changed.
     */
    private static final int SURE_TEXT_CHARS = 120;
    private static final double SURE_OPENNLP = 0.6;

    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*|\\S+@\\S+\\.\\w+");

    private final Set<String> allowed;
    private final List<String> configured;
    private final Alphabets alphabets;
    private final LinguaModel lingua;
    private final OpenNlpModel openNlp;
    private final HanLetters hanLetters = new HanLetters();
    private final FunctionWords functionWords;
    private final CldrNgramModel cldr;
    private final WordLexicons lexicons;

    /**
     * @param languages   ISO 639-1 codes to choose among, optionally with a script ({@code uz-Cyrl})
     *                    that adds an alphabet; configuration, see README
     * @param lowAccuracy Lingua's low-accuracy mode: ~10x less memory, weaker on short texts
     */
    public LanguageDetector(List<String> languages, boolean lowAccuracy) {
        this.configured = List.copyOf(languages);
        this.allowed = new LinkedHashSet<>();
        for (String l : languages) allowed.add(l.strip().toLowerCase(Locale.ROOT).replaceFirst("[-_].*", ""));
        this.alphabets = new Alphabets(languages);
        this.lingua = new LinguaModel(allowed, lowAccuracy);
        this.openNlp = new OpenNlpModel();
        this.functionWords = new FunctionWords(allowed);
        this.cldr = new CldrNgramModel(allowed);
        this.lexicons = new WordLexicons(allowed);
    }

    /** The configured list this detector was built from, as given. */
    public List<String> configuredLanguages() {
        return configured;
    }

    /** The language codes it answers with (besides {@code und}). */
    public Set<String> languages() {
        return allowed;
    }

    public LanguageGuess detect(String text) {
        // a few thousand characters decide a language as well as megabytes do, at a fixed cost
        text = sample(text);
        // an address is not language: "https://" or "info@example.com" alone is und
        text = ADDRESS.matcher(text).replaceAll(" ");
        ScriptCounts sc = ScriptCounts.of(text);
        // one Han character is a word; one letter alone only when it is written as one (see isOneLetterWord)
        if (sc.weight() < 2 && !isOneLetterWord(text, sc)) return LanguageGuess.undetermined();
        UnicodeScript script = sc.dominant();
        switch (script) {
            case HANGUL: return allowedOr("ko", sc);
            case HIRAGANA: case KATAKANA: return allowedOr("ja", sc);
            case HAN:
                if (sc.get(UnicodeScript.HIRAGANA) + sc.get(UnicodeScript.KATAKANA) > 0) return allowedOr("ja", sc);
                if (sc.get(UnicodeScript.HANGUL) > 0) return allowedOr("ko", sc);
                if (allowed.contains("ja") && hanLetters.looksJapanese(text)) return allowedOr("ja", sc);
                return allowedOr("zh", sc);
            default:
                return byAlphabetAndModels(text, UScript.getCodeFromName(script.name()));
        }
    }

    /**
     * One lower-case letter alone is a word in many languages (Italian "e", Polish "w", Ukrainian
     * "і", Pashto "د"); one capital is more often a list mark or an initial, which says nothing.
     */
    private static boolean isOneLetterWord(String text, ScriptCounts sc) {
        if (sc.letters != 1) return false;
        int letter = text.codePoints().filter(Character::isLetter).findFirst().orElseThrow();
        return !Character.isUpperCase(letter) && !Character.isTitleCase(letter);
    }

    private LanguageGuess byAlphabetAndModels(String text, int uscript) {
        LetterProfile letters = LetterProfile.of(text, uscript);
        Map<String, Double> foreign = new LinkedHashMap<>();
        double best = Double.MAX_VALUE;
        for (String lang : allowed) {
            if (!alphabets.writesIn(lang, uscript)) continue;
            double f = alphabets.foreignness(lang, letters);
            foreign.put(lang, f);
            best = Math.min(best, f);
        }
        if (foreign.isEmpty()) return LanguageGuess.undetermined();
        double tolerance = letters.words().size() >= LONG_TEXT_WORDS ? ALPHABET_TOLERANCE : 1e-9;
        Set<String> candidates = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : foreign.entrySet()) {
            if (e.getValue() <= best + tolerance) candidates.add(e.getKey());
        }
        if (uscript == UScript.ARABIC && candidates.contains("ug") && candidates.size() > 1 && UyghurSpelling.shows(text)) {
            return new LanguageGuess("ug", 0.9);
        }
        if (candidates.size() == 1) {
            // the letters alone decide; a text that fits no alphabet well is less certain
            return new LanguageGuess(candidates.iterator().next(), round(Math.max(0.5, 0.97 - best)));
        }
        return byModels(text, candidates, UScript.getShortName(uscript));
    }

    private LanguageGuess byModels(String text, Set<String> candidates, String script) {
        String[] words = text.strip().split("[^\\p{L}\\p{M}'’]+");
        if (words.length <= 3) {
            // in a phrase of function words the words are the evidence, not their letters
            Set<String> listed = functionWords.allFunctionWordsIn(words, candidates);
            if (listed.size() == 1) return new LanguageGuess(listed.iterator().next(), 0.6);
            if (listed.size() > 1) candidates = listed;
            // a phrase of content words: the languages that have these words at all
            else if (listed.isEmpty()) candidates = lexicons.narrow(words, candidates);
        }
        Set<String> linguaKnows = new LinkedHashSet<>();
        boolean someOnlyOpenNlpKnows = false, someNoModelKnows = false;
        for (String c : candidates) {
            if (lingua.knows(c)) linguaKnows.add(c);
            else if (openNlp.knows(c)) someOnlyOpenNlpKnows = true;
            else someNoModelKnows = true;
        }
        if (someNoModelKnows) {
            // the CLDR model is the only one that has these languages (Turkmen); it is heard when it
            // names one of them, as OpenNLP is below for the languages Lingua lacks
            Map<String, Double> c = cldr.scores(text, candidates, script);
            if (!c.isEmpty()) {
                String top = c.keySet().iterator().next();
                if (!lingua.knows(top) && !openNlp.knows(top)) return new LanguageGuess(top, 0.6);
            }
        }
        boolean sentence = text.length() >= SURE_TEXT_CHARS;
        OpenNlpModel.Prediction prediction = someOnlyOpenNlpKnows || linguaKnows.isEmpty() || sentence ? openNlp.predict(text) : null;
        if (someOnlyOpenNlpKnows || linguaKnows.isEmpty()) {
            Set<String> asked = new LinkedHashSet<>();
            for (String c : candidates) if (openNlp.knows(c)) asked.add(c);
            Map<String, Double> o = prediction.scores(asked);
            if (!o.isEmpty()) {
                String top = o.keySet().iterator().next();
                // measured: trusting OpenNLP only when it names a language Lingua lacks beats both
                // a margin on its (flat, short-text) scores and letting it decide every case
                if (linguaKnows.isEmpty() || !lingua.knows(top))
                    return new LanguageGuess(top, confidence(o));
            }
        }
        if (linguaKnows.isEmpty()) return new LanguageGuess(candidates.iterator().next(), 0.5);
        if (sentence) {
            Map<String, Double> o = prediction.scores(linguaKnows);
            if (!o.isEmpty() && o.values().iterator().next() >= SURE_OPENNLP) return new LanguageGuess(o.keySet().iterator().next(), confidence(o));
        }
        Map<String, Double> l = lingua.scores(text, linguaKnows);
        if (l.isEmpty()) return LanguageGuess.undetermined();
        return new LanguageGuess(l.keySet().iterator().next(), confidence(l));
    }

    /** The gap between the best and the runner-up, as evidence: scores are relative within each model. */
    private static double confidence(Map<String, Double> ranked) {
        var it = ranked.values().iterator();
        double first = it.next();
        double second = it.hasNext() ? it.next() : 0;
        double gap = first <= 0 ? 0 : (first - second) / first;
        return round(Math.min(1.0, 0.5 + 3 * gap));
    }

    private LanguageGuess allowedOr(String code, ScriptCounts sc) {
        // the script alone decides these languages; mixed-script noise lowers the certainty
        double share = sc.letters == 0 ? 0 : (double) (sc.get(UnicodeScript.HAN) + sc.get(UnicodeScript.HIRAGANA)
                + sc.get(UnicodeScript.KATAKANA) + sc.get(UnicodeScript.HANGUL)) / sc.letters;
        return allowed.contains(code) ? new LanguageGuess(code, round(Math.min(1.0, share))) : LanguageGuess.undetermined();
    }

    private static final int SAMPLE_CHARS = 3000;

    /** The beginning, middle and end of a long text, cut on code point boundaries. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS * 2) return text;
        int third = SAMPLE_CHARS / 3;
        int mid = text.length() / 2;
        return slice(text, 0, third) + " " + slice(text, mid - third / 2, mid + third / 2) + " "
                + slice(text, text.length() - third, text.length());
    }

    private static String slice(String t, int from, int to) {
        if (from > 0 && Character.isLowSurrogate(t.charAt(from))) from++;
        if (to < t.length() && Character.isLowSurrogate(t.charAt(to))) to--;
        return t.substring(from, to);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** For a caller that has many texts: labels in order, one model. */
    public List<LanguageGuess> detectAll(List<String> texts) {
        List<LanguageGuess> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(detect(t));
        return out;
    }
}
