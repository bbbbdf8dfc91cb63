package dev.silkroute.language;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text in one script, as lower-case code points: the input of the alphabet test,
 * which counts words rather than letters so that a quoted name is one foreign word among many.
 */
record LetterProfile(List<int[]> words) {
    static LetterProfile of(String text, int uscript) {
        List<int[]> words = new ArrayList<>();
        int[] buf = new int[64];
        int n = 0;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            i += i < text.length() ? Character.charCount(cp) : 1;
            if (Character.isLetter(cp) && UScript.getScript(cp) == uscript) {
                if (n == buf.length) buf = java.util.Arrays.copyOf(buf, n * 2);
                buf[n++] = Character.toLowerCase(cp);
            } else if (n > 0 && isJoiner(cp) && i < text.length() && Character.isLetter(text.codePointAt(i))) {
                continue; // "Нұр-Сұлтан", "O'zbek": one word
            } else if (n > 0) {
                words.add(java.util.Arrays.copyOf(buf, n));
                n = 0;
            }
        }
        return new LetterProfile(words);
    }

    private static boolean isJoiner(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }
}
