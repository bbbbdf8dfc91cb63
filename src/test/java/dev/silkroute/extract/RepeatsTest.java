package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.extract.Item.Fate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks printed more than once, as the collector hands them over: with their slot and their container. */
class RepeatsTest {
    private static final String PARAGRAPH = "The railway port handled more freight trains this year than in any year before, "
            + "officials said on Monday, and traders from Kazakhstan and Uzbekistan signed agreements worth millions.";

    private static Item block(String text, int position, int slot, int container) {
        return new Item(new Candidate(text, position, 0, "div", true, false, slot, container), text);
    }

    private static Item line(String text, int position) {
        return new Item(Candidate.line(text, position), text);
    }

    @Test
    void aLaterCopyIsADuplicateOfTheFirstWhichIsFlaggedAsRepeated() {
        Item first = block("Freight record at the border", 1, 10, 1);
        Item copy = block("Freight record at the border", 2, 20, 2); // the title again, in a breadcrumb
        Repeats.markRepeats(List.of(first, copy));
        assertEquals(Fate.REMOVED, copy.fate);
        assertEquals("duplicate:repeat-of-1", copy.rule);
        assertTrue(first.repeated);
        assertEquals(Fate.OPEN, first.fate);
        assertEquals(List.of(1), first.removedCopies);
    }

    @Test
    void aShortBlockInTheSameSlotOfEachRecordIsTheRecordsFieldButNotInsideOneRecord() {
        Item field1 = block("Venue: Almaty, Kazakhstan", 1, 30, 1);
        Item field2 = block("Venue: Almaty, Kazakhstan", 2, 30, 2);
        Item again = block("Venue: Almaty, Kazakhstan", 3, 30, 2); // printed twice inside the second record
        Repeats.markRepeats(List.of(field1, field2, again));
        assertEquals(Fate.OPEN, field2.fate);
        assertSame(field1, field2.fieldOf);
        assertEquals(Fate.REMOVED, again.fate, "a block repeated inside one element is a copy");
    }

    @Test
    void aLongBlockRepeatedInTheSameSlotIsACopyOfTheArticle() {
        Item first = block(PARAGRAPH, 1, 40, 1);
        Item second = block(PARAGRAPH, 2, 40, 2);
        Repeats.markRepeats(List.of(first, second));
        assertEquals(Fate.REMOVED, second.fate);
        assertNull(second.fieldOf);
    }

    @Test
    void aDumpsRepeatedLineOfCodeIsNoCopy() {
        Item a = line("display: flex;", 1), b = line("display: flex;", 2);
        Repeats.markRepeats(List.of(a, b));
        assertEquals(Fate.OPEN, b.fate);
    }

    @Test
    void aTableOfContentsGoesAndTheHeadingsItRepeatsComeBack() {
        String[] headings = {"Why the port grew", "What the traders signed", "What comes next"};
        List<Item> items = new ArrayList<>();
        int position = 0;
        for (String h : headings) items.add(line(h, ++position));
        for (String h : headings) {
            items.add(line(h, ++position));
            items.add(line(PARAGRAPH, ++position));
        }
        Repeats.markRepeats(items);
        Repeats.removeTablesOfContents(items);
        for (int i = 0; i < headings.length; i++) {
            assertEquals("navigation:table-of-contents", items.get(i).rule);
            Item heading = items.get(headings.length + 2 * i);
            assertEquals(Fate.OPEN, heading.fate, heading.text);
        }
    }
}
