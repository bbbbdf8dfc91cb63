package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NextStoriesTest {
    private static Element body(String html) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").body();
    }

    @Test
    void theStoriesScrolledIntoAfterThePagesOwnAreCut() {
        Element body = body("<article><h1>Rail freight sets a record</h1><p>More trains than ever crossed the border.</p></article>"
                + "<aside>Read next</aside>"
                + "<article><h1>Cotton prices fall</h1><p>Farmers sold their harvest for less.</p></article>");
        assertEquals(1, NextStories.cut(body, "Rail Freight Sets a Record!"));
        assertTrue(body.text().contains("More trains than ever"));
        assertFalse(body.text().contains("Farmers sold"), body.text());
        assertTrue(body.text().contains("Read next"), "only the other stories go");
    }

    @Test
    void aListingOfHeadlinesAndAForumThreadAreLeftAlone() {
        String listing = "<article><h1>Rail freight sets a record</h1></article><article><h1>Cotton prices fall</h1></article>";
        assertEquals(0, NextStories.cut(body(listing), "Latest news"), "no article carries the page's title");
        String forum = "<article><p>First post</p></article><article><p>A reply</p></article>";
        assertEquals(0, NextStories.cut(body(forum), "Rail freight sets a record"), "posts carry no headline");
        assertEquals(0, NextStories.cut(body(listing), null), "no title known");
    }
}
