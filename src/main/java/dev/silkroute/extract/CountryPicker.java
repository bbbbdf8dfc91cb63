package dev.silkroute.extract;

import com.ibm.icu.util.ULocale;
import dev.silkroute.extract.Item.Fate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A site's country or region picker as a dump prints it: a long run of lines that are each a
 * country's name, in English or in its own language, perhaps with the site's language for it
 * ("Deutschland (Deutsch)", "United States - English"). HTML has it in a {@code <select>} or a
 * menu the clean-up removes; a dump keeps every option as a line, and a run of names among short
 * menu lines can pass for a listing's text.
 * <p>
 * In the extraction-dev dumps, runs of ten names or more hold 981 lines the extraction kept
 * outside the labels and 9 inside (runs of five or more: 1,212 and 25; in HTML the labels keep 203
 * lines of such runs, a page's own lists, so this is for dumps only). Measured: extraction-dev text
 * 0.81371 -> 0.81400 (4 pages better, a CDN's service pages 0.70 -> 0.88 and 0.39 -> 0.53; none
 * worse); HTML and multilingual unchanged.
 */
final class CountryPicker {
    private CountryPicker() {}

    /** Shorter runs are a page's own lists: "Offices in Germany, France, Spain..." one per line. */
    static final int RUN_MIN = 10;

    /** The languages whose names of countries a picker prints: the sites' languages of the dev sets and the seeds'. */
    private static final List<String> NAME_LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi",
            "pl", "cs", "hu", "ro", "tr", "ru", "uk", "el", "ja", "zh", "zh_Hant", "ko", "ar", "he", "th", "vi", "id", "kk", "uz");

    /** Built when a dump's line is first asked (loading CLDR's names takes ICU half a second): an HTML page never asks. */
    private static final class Names {
        static final Set<String> ALL = names();
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String iso : Locale.getISOCountries()) {
            ULocale country = new ULocale("", iso);
            for (String language : NAME_LANGUAGES) {
                String name = country.getDisplayCountry(new ULocale(language));
                if (name != null && !name.equals(iso)) names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        // the short forms pickers use where CLDR's names are formal
        names.addAll(List.of("usa", "uk", "korea", "czech republic", "turkey", "russia", "vietnam", "uae"));
        return names;
    }

    /** Whether a line is a country's name alone, or with its language after it: "Canada (Français)", "Belgique | Français". */
    static boolean isCountryLine(String line) {
        if (line.length() > 60) return false;
        String name = line;
        int cut = indexOfLanguageSeparator(name);
        if (cut > 0) name = name.substring(0, cut);
        name = name.strip();
        // a flag or a bullet before the name
        int start = 0;
        while (start < name.length() && !Character.isLetter(name.codePointAt(start))) start += Character.charCount(name.codePointAt(start));
        return Names.ALL.contains(name.substring(start).toLowerCase(Locale.ROOT));
    }

    private static final List<String> LANGUAGE_SEPARATORS = List.of(" (", " - ", " – ", " | ", " / ", "（");

    private static int indexOfLanguageSeparator(String line) {
        for (String separator : LANGUAGE_SEPARATORS) {
            int at = line.indexOf(separator);
            if (at > 0) return at;
        }
        return -1;
    }

    /** Removes the open lines of each run of {@link #RUN_MIN} country lines or more in a dump. */
    static void removePickers(List<Item> items) {
        int i = 0;
        while (i < items.size()) {
            int end = i;
            while (end < items.size() && items.get(end).c.tag() == null && isCountryLine(items.get(end).text)) end++;
            if (end - i >= RUN_MIN) {
                for (int k = i; k < end; k++) {
                    if (items.get(k).fate == Fate.OPEN) items.get(k).remove("navigation", "navigation:country-picker");
                }
            }
            i = Math.max(end, i + 1);
        }
    }
}
