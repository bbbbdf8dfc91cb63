package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextMeasureTest {

    @Test
    void aSentenceEndsWithTheStopOfItsOwnScript() {
        assertTrue(TextMeasure.endsLikeSentence("The trains crossed the border on Monday."));
        assertTrue(TextMeasure.endsLikeSentence("列车周一通过了边境。"));
        assertTrue(TextMeasure.endsLikeSentence("पुलिस ने दो बदमाशों को गिरफ्तार किया है।"), "Devanagari danda");
        assertTrue(TextMeasure.endsLikeSentence("ရထားများသည် နယ်စပ်ကို ဖြတ်ကျော်ခဲ့သည်။"), "Burmese section mark");
        assertTrue(TextMeasure.endsLikeSentence("کیا ٹرینیں سرحد پار کر گئیں؟"), "Arabic question mark");
        assertTrue(TextMeasure.endsLikeSentence("ٹرینیں پیر کو سرحد پار کر گئیں۔"), "Urdu full stop");
        assertTrue(TextMeasure.endsLikeSentence("ባቡሮቹ ድንበሩን አቋርጠዋል።"), "Ethiopic full stop");
        assertTrue(TextMeasure.endsLikeSentence("He said: \"It is done.\""), "quotes after the stop");
        assertFalse(TextMeasure.endsLikeSentence("समस्तीपुर पुलिस"), "a Hindi label has no stop");
        assertFalse(TextMeasure.endsLikeSentence("Home"));
    }

    @Test
    void tidyGivesATidyTextBackAsItIsAndFoldsEveryOtherAsBefore() {
        String tidy = "Freight trains crossed the border, 列车 went on.";
        assertTrue(tidy == TextMeasure.tidy(tidy), "a parser's text is not copied");
        // the shortcut must agree with folding on texts of every kind of space, invisible and control character
        java.util.Random random = new java.util.Random(11);
        String alphabet = " \t\n\u00A0\u200B\u200D\uFEFF\u3000\u2028\u0085\u001F\u007Fab.";
        for (int n = 0; n < 20000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(folded(text.toString()), TextMeasure.tidy(text.toString()), () -> text.codePoints()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
    }

    /** Spaces of every kind and zero-width ones folded to single spaces, none at the ends; nothing if nothing shows. */
    private static String folded(String s) {
        StringBuilder sb = new StringBuilder();
        boolean visible = false;
        for (char c : s.toCharArray()) {
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
            if (space) { if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' '); continue; }
            sb.append(c);
            visible |= Character.getType(c) != Character.FORMAT;
        }
        return visible ? sb.toString().stripTrailing() : "";
    }

    @Test
    void tidyFoldsSpacesAndEmptiesALineOfInvisibleCharacters() {
        assertEquals("Freight trains", TextMeasure.tidy("  Freight\u00A0\u00A0 trains \n"));
        assertEquals("", TextMeasure.tidy("\u200D"), "a page builder's spacer");
        assertEquals("", TextMeasure.tidy(" \u200C\u2060 "));
        assertEquals("می\u200Cخواهم", TextMeasure.tidy("می\u200Cخواهم"), "a Persian word keeps its non-joiner");
    }

    @Test
    void punctuationIsCountedInEveryScript() {
        assertEquals(2, TextMeasure.punctuation("One, two."));
        assertEquals(2, TextMeasure.punctuation("पहला, दूसरा।"));
        assertEquals(2, TextMeasure.punctuation("الأول، الثاني؟"));
        assertEquals(0, TextMeasure.punctuation("Menu Search Log in"));
    }
}
