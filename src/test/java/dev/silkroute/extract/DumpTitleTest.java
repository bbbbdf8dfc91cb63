package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DumpTitleTest {
    private static DumpTitle.Line line(String text, boolean good) {
        return new DumpTitle.Line(text, TextMeasure.weightedLength(text), good, true, false);
    }

    /** A headline, a byline, a caption, and four paragraphs about what the headline and the caption speak of. */
    private static List<DumpTitle.Line> pageWithCaption() {
        List<DumpTitle.Line> lines = new ArrayList<>();
        lines.add(line("Horgos freight trains set a record as the border port grows", false));
        lines.add(line("By Li Wei", false));
        lines.add(line("Freight trains crossing at Horgos on the new tracks of the dry port", false));
        for (int i = 1; i <= 4; i++) {
            lines.add(line("Freight trains crossing at Horgos carried " + i + "0 percent more cargo in the quarter than a year before, "
                    + "and the dry port on the border with Kazakhstan opened new tracks for them.", true));
        }
        return lines;
    }

    @Test
    void aCaptionDoesNotWinWhereItWouldAsAHeadline() {
        List<DumpTitle.Line> lines = pageWithCaption();
        assertEquals(2, DumpTitle.best(lines, 3, 6, i -> false), "read as a headline, the caption is closer to the text and to its words");
        assertEquals(0, DumpTitle.best(lines, 3, 6, i -> i == 2), "read as a caption, it is not the title");
    }

    @Test
    void aPageOfParagraphsAloneHasNoTitleLine() {
        List<DumpTitle.Line> lines = pageWithCaption().subList(3, 7);
        assertEquals(-1, DumpTitle.best(lines, 0, 3, i -> false));
    }

    @Test
    void theWordsOfALineAreItsLongerWordsAndItsPairsOfCjkCharacters() {
        assertEquals(Set.of("韩国", "国戒", "戒严", "seoul", "today"), DumpTitle.tokens("韩国戒严 in Seoul today"));
        assertEquals(Set.of("习"), DumpTitle.tokens("习 and a one"), "a lone CJK character is a word of its own");
    }
}
