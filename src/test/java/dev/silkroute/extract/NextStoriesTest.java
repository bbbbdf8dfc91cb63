package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NextStoriesTest {
    private static Element body(String html) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").body();
    }

    @Test
    void theStoriesScrolledIntoAfterThePagesOwnAreTheOthers() {
        Element body = body("<article><h1>Rail freight sets a record</h1><p>More trains than ever crossed the border.</p></article>"
                + "<aside>Read next</aside>"
                + "<article><h1>Cotton prices fall</h1><p>Farmers sold their harvest for less.</p></article>");
        List<Element> others = NextStories.others(body, "Rail Freight Sets a Record!");
        assertEquals(1, others.size());
        assertFalse(others.get(0).text().contains("More trains than ever"), "the page's own story stays");
        assertTrue(others.get(0).text().contains("Farmers sold"), others.get(0).text());
        assertFalse(others.stream().anyMatch(o -> o.text().contains("Read next")), "only the other stories go");
    }

    @Test
    void aListingOfHeadlinesAndAForumThreadAreLeftAlone() {
        String listing = "<article><h1>Rail freight sets a record</h1></article><article><h1>Cotton prices fall</h1></article>";
        assertEquals(0, NextStories.others(body(listing), "Latest news").size(), "no article carries the page's title");
        String forum = "<article><p>First post</p></article><article><p>A reply</p></article>";
        assertEquals(0, NextStories.others(body(forum), "Rail freight sets a record").size(), "posts carry no headline");
        assertEquals(0, NextStories.others(body(listing), null).size(), "no title known");
    }
}
