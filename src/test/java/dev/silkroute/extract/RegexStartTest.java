package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexStartTest {

    @Test
    void anAlternationOfPhrasesStartsWithTheirFirstLetters() {
        assertEquals("bhm", RegexStart.firstChars("^(back to top|home|menu)$"));
        assertEquals("bhm", RegexStart.firstChars("^(back to top|home)$|^menu\\s*[»›]*$"), "each top-level alternative anchored");
        assertEquals("sj", RegexStart.firstChars("^((subscribe|sign up)( now)?|join)\\b"), "nested groups");
        assertEquals("【[rm", RegexStart.firstChars("^[【\\[]?(related|más)[】\\]]?$"), "an optional class of single characters");
        assertEquals("abc", RegexStart.firstChars("^(?:a|b)?c"), "an optional group lets what follows it start the match");
        assertEquals("(c", RegexStart.firstChars("^\\(?c\\)"), "escaped punctuation is a literal");
    }

    @Test
    void whatCannotBeReadForCertainIsUnknown() {
        assertNull(RegexStart.firstChars("^\\d+ min read"), "a digit class");
        assertNull(RegexStart.firstChars("^[a-z]+:"), "a range");
        assertNull(RegexStart.firstChars("^[^x]"), "a negated class");
        assertNull(RegexStart.firstChars("^.{1,20}シェア"), "a dot");
        assertNull(RegexStart.firstChars("^(?=ab)a"), "a lookahead");
        assertNull(RegexStart.firstChars("^x*y?"), "a pattern that can match the empty string");
        assertNull(RegexStart.firstChars("^(a|)b"), "an empty alternative");
        assertNull(RegexStart.firstChars("^home|copyright"), "an alternative not anchored");
    }

    @Test
    void everyLineAPatternMatchesStartsWithOneOfItsFirstCharacters() {
        List<String> patterns = List.of("^(back to top|home|menu)\\s*[»›>→]*$", "^[【\\[]?(related|más)[】\\]]?\\s*[:：]?$",
                "^(?:a|b)?c+d", "^(share( this)?( article| on)?|follow us)\\s*[:：]?\\s*(facebook|x|,|\\s)*$");
        List<String> lines = List.of("home", "menu »", "back to top", "【related】", "[más]", "related:", "cd", "acccd", "bcd",
                "share this article: facebook, x", "follow us", "share on x", "a home", "xhome", "");
        for (String regex : patterns) {
            String first = RegexStart.firstChars(regex);
            Pattern p = Pattern.compile(regex);
            for (String line : lines) {
                if (p.matcher(line).lookingAt()) {
                    assertTrue(!line.isEmpty() && first.indexOf(line.charAt(0)) >= 0, regex + " matches '" + line + "' but starts with " + first);
                }
            }
        }
    }
}
