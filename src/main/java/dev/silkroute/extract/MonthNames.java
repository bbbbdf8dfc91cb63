package dev.silkroute.extract;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month names of the languages news pages are written in, from CLDR (ICU4J): full and abbreviated,
 * in the forms used inside a date ("30 août", "5 de enero", "28. April", "2. februar", "4 Febbraio")
 * and standing alone. A name that means different months in two languages is left out rather than
 * guessed (Polish "listopad" is November, Croatian October).
 */
final class MonthNames {
    private static final List<String> LOCALES = List.of("de", "fr", "es", "it", "pt", "nl", "da", "sv", "nb", "pl", "cs", "sk",
            "ro", "tr", "id", "ms", "lt", "lv", "et", "fi", "hu", "sl", "hr", "uk", "kk", "uz", "az", "ca", "gl", "sw");
    private static final Map<String, Integer> BY_NAME = build();
    /** Any of the names, longest first so that "sept." is not read as "sep". */
    static final String ALTERNATION = alternation();

    private MonthNames() {}

    /** The month (1-12) a name stands for, case and a trailing dot ignored; null when unknown. */
    static Integer month(String name) {
        return BY_NAME.get(key(name));
    }

    private static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).strip();
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> names = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (String tag : LOCALES) {
            DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(tag));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] months = symbols.getMonths(context, width);
                    for (int m = 0; m < 12 && m < months.length; m++) {
                        String k = key(months[m]);
                        if (k.length() < 3 || !k.chars().allMatch(Character::isLetter)) continue;
                        Integer had = names.putIfAbsent(k, m + 1);
                        if (had != null && had != m + 1) clashing.add(k);
                    }
                }
            }
        }
        clashing.forEach(names::remove);
        return Map.copyOf(names);
    }

    private static String alternation() {
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String n : names) sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(n));
        return sb.toString();
    }
}
