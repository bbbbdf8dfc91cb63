package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context pass: what a middling block becomes beside its neighbours. */
class BlockQualityTest {

    private static List<Item> blocks(boolean html, Quality... qualities) {
        return blocks(html, "Block %d", qualities);
    }

    /** Blocks of the given qualities whose texts are {@code format} with their index. */
    private static List<Item> blocks(boolean html, String format, Quality... qualities) {
        List<Item> items = new ArrayList<>();
        for (Quality q : qualities) {
            String text = String.format(format, items.size());
            Candidate c = html ? new Candidate(text, items.size(), 0, "p", false) : Candidate.line(text, items.size() + 1);
            Item it = new Item(c, text);
            it.quality = q;
            items.add(it);
        }
        return items;
    }

    private static List<Quality> smoothed(List<Item> items) {
        BlockQuality.smooth(items);
        return items.stream().map(it -> it.quality).toList();
    }

    @Test
    void inHtmlARunOfMiddlingParagraphsUnderTextIsText() {
        List<Item> page = blocks(true, Quality.GOOD, Quality.NEAR, Quality.NEAR, Quality.NEAR, Quality.BAD);
        assertEquals(List.of(Quality.GOOD, Quality.GOOD, Quality.GOOD, Quality.GOOD, Quality.BAD), smoothed(page),
                "each near-good block looks past the others to the good paragraph above");
    }

    @Test
    void inHtmlMiddlingBlocksBetweenLinkListsAreNot() {
        List<Item> page = blocks(true, Quality.BAD, Quality.NEAR, Quality.SHORT, Quality.NEAR, Quality.BAD);
        assertEquals(List.of(Quality.BAD, Quality.BAD, Quality.BAD, Quality.BAD, Quality.BAD), smoothed(page));
    }

    @Test
    void inADumpAMiddlingHeadlineLooksOnlyAtItsNearestNeighbour() {
        // a dump has no link lists to stop the look: a column of other stories' headlines would run on to the next good line
        List<Item> dump = blocks(false, Quality.GOOD, Quality.NEAR, Quality.NEAR, Quality.NEAR, Quality.SHORT);
        assertEquals(List.of(Quality.GOOD, Quality.GOOD, Quality.BAD, Quality.BAD, Quality.BAD), smoothed(dump));
    }

    @Test
    void inADumpMiddlingSentencesLookPastEachOtherUpToAFurnitureLine() {
        List<Item> dump = blocks(false, "Book the venue and the caterer a year ahead, step %d.",
                Quality.GOOD, Quality.NEAR, Quality.NEAR, Quality.NEAR, Quality.SHORT, Quality.NEAR, Quality.NEAR);
        dump.get(4).remove("navigation", "navigation:navigation"); // a "Share" line between the checklist and what follows
        smoothed(dump);
        assertEquals(List.of(Quality.GOOD, Quality.GOOD, Quality.GOOD, Quality.GOOD), dump.subList(0, 4).stream().map(it -> it.quality).toList(),
                "a checklist's one-sentence steps under a paragraph are text");
        assertEquals(List.of(Quality.BAD, Quality.BAD), dump.subList(5, 7).stream().map(it -> it.quality).toList(),
                "below the furniture line the look stops");
    }

    @Test
    void inADumpAShortLineBetweenTwoParagraphsPastMiddlingOnesIsTextUnlessFurnitureStandsBetween() {
        List<Item> dump = blocks(false, Quality.GOOD, Quality.NEAR, Quality.SHORT, Quality.NEAR, Quality.GOOD, Quality.SHORT, Quality.SHORT,
                Quality.GOOD);
        dump.get(6).remove("share", "share:share-prompt");
        smoothed(dump);
        assertEquals(Quality.GOOD, dump.get(2).quality, "a checklist's step title between the article's paragraphs");
        assertEquals(Quality.BAD, dump.get(5).quality, "a short line with a share bar between it and the next paragraph");
    }

    @Test
    void inADumpAVeryLongStretchOfShortLinesBetweenTwoParagraphsIsAnotherPartOfThePage() {
        for (int names : new int[] {20, 250}) {
            Quality[] qualities = new Quality[names + 3];
            java.util.Arrays.fill(qualities, Quality.SHORT);
            qualities[0] = Quality.GOOD;
            qualities[1] = Quality.NEAR; // one longer entry keeps the short ones from their nearest neighbours' verdict
            qualities[qualities.length - 1] = Quality.GOOD;
            List<Item> dump = blocks(false, qualities);
            smoothed(dump);
            assertEquals(names == 20 ? Quality.GOOD : Quality.BAD, dump.get(names / 2).quality,
                    names + " short lines between two paragraphs: " + (names == 20 ? "a list of the text's" : "a staff directory under it"));
        }
    }

    @Test
    void inHtmlAShortBlockAmongMiddlingOnesBetweenTwoParagraphsIsText() {
        List<Item> page = blocks(true, Quality.GOOD, Quality.NEAR, Quality.SHORT, Quality.NEAR, Quality.GOOD);
        assertEquals(List.of(Quality.GOOD, Quality.GOOD, Quality.GOOD, Quality.GOOD, Quality.GOOD), smoothed(page),
                "a chapter title between one-sentence descriptions, under the course's description");
    }

    @Test
    void aShortBlockBetweenTwoGoodOnesIsText() {
        List<Item> page = blocks(true, Quality.GOOD, Quality.SHORT, Quality.GOOD);
        assertEquals(List.of(Quality.GOOD, Quality.GOOD, Quality.GOOD), smoothed(page));
    }
}
