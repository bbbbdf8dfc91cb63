package dev.silkroute.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Russian and Kazakh write a name with its case ending — "с Казахстаном", "Китая", "в Астане",
 * "Қазақстанның", "Алматыда" — while the gazetteer lists the nominative. This gives the nominatives
 * a capitalized Cyrillic word may be a form of: its stem, with each ending taken off (longest first),
 * and each nominative ending put back ("Китая" → Китай, "Астане" → Астана, "России" → Россия). The
 * recognizer keeps the first one the gazetteer knows, so an unknown word costs a few look-ups and
 * never becomes a name by itself.
 */
final class CyrillicInflection {
    /** Case endings: Russian nouns (singular and plural), then Kazakh case suffixes after either vowel harmony. */
    private static final List<String> ENDINGS = sortedLongestFirst(
            "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ам", "ям", "ами", "ями", "ах", "ях", "а", "я", "у", "ю", "е", "и", "ы",
            "ии", "ию", "ией", "ием", "иям",
            "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты",
            "ті", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен",
            "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі");
    /** What a Russian nominative ends in once the case ending is gone: nothing (Казахстан), а/я, й, ь, ия. */
    private static final List<String> NOMINATIVE = List.of("", "а", "я", "й", "ь", "ия");
    private static final int MIN_STEM = 3;

    private CyrillicInflection() {}

    /** The nominatives to try for a capitalized Cyrillic word, most likely first; empty for any other word. */
    static List<String> nominatives(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !isCyrillic(word)) return List.of();
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String ending : ENDINGS) {
            if (!lower.endsWith(ending) || lower.length() - ending.length() < MIN_STEM) continue;
            String stem = word.substring(0, word.length() - ending.length());
            for (String nominative : NOMINATIVE) out.add(stem + nominative);
        }
        out.remove(word);
        return new ArrayList<>(out);
    }

    private static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) != Character.UnicodeScript.CYRILLIC) return false;
        }
        return true;
    }

    private static List<String> sortedLongestFirst(String... endings) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(endings)));
        list.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(list);
    }
}
