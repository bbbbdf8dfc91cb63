package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages whose linked headlines are their text, after the blocks' own classification. */
class ListingsTest {
    private static final String PARAGRAPH = "The railway port handled more freight trains this year than in any year before, "
            + "officials said on Monday, and traders from Kazakhstan and Uzbekistan signed agreements worth millions at the fair.";

    private static Item headline(int n) {
        String text = "Freight trains through Khorgos set record number " + n;
        return new Item(new Candidate(text, n, 1.0, "li", false, false, 7, n), text);
    }

    private static Item paragraph(int position) {
        return new Item(new Candidate(PARAGRAPH, position, 0, "p", true, false, 8, 1000), PARAGRAPH);
    }

    private static List<Item> page(int headlines, int paragraphs) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= headlines; i++) items.add(headline(i));
        for (int i = 1; i <= paragraphs; i++) items.add(paragraph(headlines + i));
        return items;
    }

    private static long promoted(List<Item> items, PageMeta meta) {
        BlockQuality.classify(items, meta.published == null);
        Listings.promoteListingEntries(items, meta, meta.published == null);
        return items.stream().filter(it -> it.listingEntry && it.quality == Quality.GOOD).count();
    }

    @Test
    void headlinesThatOutweighAPagesLittleProseAreItsText() {
        assertEquals(8, promoted(page(8, 1), new PageMeta()));
    }

    @Test
    void anArticlesRelatedLinksStayLinks() {
        assertEquals(0, promoted(page(3, 10), new PageMeta()));
    }

    @Test
    void aDatedPageNeedsThreeTimesAsMuchHeadlineAsProse() {
        PageMeta dated = new PageMeta();
        dated.published("2025-03-04", "test");
        assertEquals(0, promoted(page(4, 1), dated), "a short dated story with its related box");
        PageMeta undated = new PageMeta();
        assertEquals(4, promoted(page(4, 1), undated));
    }
}
