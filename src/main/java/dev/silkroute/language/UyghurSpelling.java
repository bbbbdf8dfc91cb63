package dev.silkroute.language;

/**
 * Uyghur's Arabic-script spelling, which the other Arabic-script languages do not share and which
 * CLDR's letter lists cannot show, because the letters are shared and only their places differ: every
 * vowel is written, ى (alef maksura) stands for the vowel i/e inside words, where Arabic writes it only
 * at a word's end (and Persian, Urdu and Pashto write ی instead); and a word beginning with a vowel
 * begins with ئ, which no word of Arabic, Persian or Urdu does.
 */
final class UyghurSpelling {
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char YEH_WITH_HAMZA = '\u0626';

    private UyghurSpelling() {}

    /** Whether some word of the text is spelled as only Uyghur spells. */
    static boolean shows(String text) {
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && isArabicLetter(text.charAt(i));
            if (letter && wordStart < 0) wordStart = i;
            if (!letter && wordStart >= 0) {
                if (uyghurWord(text, wordStart, i)) return true;
                wordStart = -1;
            }
        }
        return false;
    }

    private static boolean uyghurWord(String text, int start, int end) {
        if (end - start >= 2 && text.charAt(start) == YEH_WITH_HAMZA) return true;
        for (int i = start; i < end - 1; i++) if (text.charAt(i) == ALEF_MAKSURA) return true;
        return false;
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0620 && c <= 0x06FF && Character.isLetter(c);
    }
}
