package dev.silkroute.language;

import java.util.Set;

/**
 * Languages told apart by letters only they use, for the languages of the region that statistical
 * models lack or confuse: Uyghur's ە ۆ ۈ ڭ, Pashto's ټ ډ ړ ښ, Tajik's ӣ ӯ ҷ, Uzbek's ў and oʻ,
 * Kazakh's ә ұ і, Turkmen's ň, Azerbaijani's ə. Returns null when the letters do not decide.
 */
final class LetterRules {
    private LetterRules() {}

    static String arabicScript(String t, Set<String> allowed) {
        if (any(t, "ەۆۈڭۋ") && allowed.contains("ug")) return "ug";
        if (any(t, "ټډړږښځڅڼۍ") && allowed.contains("ps")) return "ps";
        if (any(t, "ېۇ") && allowed.contains("ug") && !any(t, "ةأإ")) return "ug";
        if (any(t, "ٹڈڑںے") && allowed.contains("ur")) return "ur";
        return null;
    }

    static String cyrillic(String t, Set<String> allowed) {
        String s = t.toLowerCase();
        if (any(s, "ӣӯҷ") && allowed.contains("tg")) return "tg";
        if (any(s, "ў") && allowed.contains("uz")) return "uz";
        if (any(s, "җ") && allowed.contains("tt")) return "tt";
        boolean kkOnly = any(s, "ұі") || (any(s, "ә") && any(s, "қғ"));
        if (kkOnly && allowed.contains("kk")) return "kk";
        if (any(s, "ҳ") && any(s, "қғ")) return allowed.contains("tg") && any(s, "ӣӯҷ") ? "tg" : allowed.contains("uz") ? "uz" : null;
        if (any(s, "қғ") && allowed.contains("kk")) return "kk";
        if (any(s, "ә") && allowed.contains("tt")) return "tt";
        if (any(s, "ң") && any(s, "өү") && allowed.contains("ky")) return "ky";
        if (any(s, "өү") && allowed.contains("mn")) return "mn";
        if (any(s, "їєґ") && allowed.contains("uk")) return "uk";
        return null;
    }

    static String latin(String t, Set<String> allowed) {
        String s = t.toLowerCase();
        if (any(s, "ə") && allowed.contains("az")) return "az";
        if (any(s, "ň") && allowed.contains("tk")) return "tk";
        if ((s.contains("oʻ") || s.contains("gʻ") || s.contains("o‘") || s.contains("g‘")) && allowed.contains("uz")) return "uz";
        if (any(s, "ýž") && any(s, "äşçöü") && allowed.contains("tk")) return "tk";
        return null;
    }

    private static boolean any(String t, String letters) {
        for (int i = 0; i < letters.length(); i++) if (t.indexOf(letters.charAt(i)) >= 0) return true;
        return false;
    }
}
