package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexSourceTest {

    @Test
    void anAlternationOfPhrasesStartsWithTheirFirstLetters() {
        assertEquals("bhm", RegexSource.firstChars("^(back to top|home|menu)$"));
        assertEquals("bhm", RegexSource.firstChars("^(back to top|home)$|^menu\\s*[»›]*$"), "each top-level alternative anchored");
        assertEquals("sj", RegexSource.firstChars("^((subscribe|sign up)( now)?|join)\\b"), "nested groups");
        assertEquals("【[rm", RegexSource.firstChars("^[【\\[]?(related|más)[】\\]]?$"), "an optional class of single characters");
        assertEquals("abc", RegexSource.firstChars("^(?:a|b)?c"), "an optional group lets what follows it start the match");
        assertEquals("(c", RegexSource.firstChars("^\\(?c\\)"), "escaped punctuation is a literal");
    }

    @Test
    void whatCannotBeReadForCertainIsUnknown() {
        assertNull(RegexSource.firstChars("^\\d+ min read"), "a digit class");
        assertNull(RegexSource.firstChars("^[a-z]+:"), "a range");
        assertNull(RegexSource.firstChars("^[^x]"), "a negated class");
        assertNull(RegexSource.firstChars("^.{1,20}シェア"), "a dot");
        assertNull(RegexSource.firstChars("^(?=ab)a"), "a lookahead");
        assertNull(RegexSource.firstChars("^x*y?"), "a pattern that can match the empty string");
        assertNull(RegexSource.firstChars("^(a|)b"), "an empty alternative");
        assertNull(RegexSource.firstChars("^home|copyright"), "an alternative not anchored");
    }

    @Test
    void everyLineAPatternMatchesStartsWithOneOfItsFirstCharacters() {
        List<String> patterns = List.of("^(back to top|home|menu)\\s*[»›>→]*$", "^[【\\[]?(related|más)[】\\]]?\\s*[:：]?$",
                "^(?:a|b)?c+d", "^(share( this)?( article| on)?|follow us)\\s*[:：]?\\s*(facebook|x|,|\\s)*$");
        List<String> lines = List.of("home", "menu »", "back to top", "【related】", "[más]", "related:", "cd", "acccd", "bcd",
                "share this article: facebook, x", "follow us", "share on x", "a home", "xhome", "");
        for (String regex : patterns) {
            String first = RegexSource.firstChars(regex);
            Pattern p = Pattern.compile(regex);
            for (String line : lines) {
                if (p.matcher(line).lookingAt()) {
                    assertTrue(!line.isEmpty() && first.indexOf(line.charAt(0)) >= 0, regex + " matches '" + line + "' but starts with " + first);
                }
            }
        }
    }
}
