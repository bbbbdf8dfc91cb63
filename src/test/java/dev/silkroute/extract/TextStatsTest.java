package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextStatsTest {
    private final Document page = Jsoup.parse("""
            <div id=menu>
              <a href=/>Home</a> <a href=/news>News</a>
            </div>
            <div id=story>
              <p>Kazakhstan and   China signed twenty agreements.</p>
              <p>Read <a href=/more><b>more</b> here</a></p>
            </div>""");
    private final TextStats stats = new TextStats(page.body());

    @Test
    void countsTextAsTheElementShowsItWithWhitespaceRunsAsOneSpace() {
        assertEquals("Kazakhstan and China signed twenty agreements.".length(), stats.chars(page.selectFirst("#story p")));
    }

    @Test
    void linkDensityIsTheShareOfTextInsideLinksNestedTagsIncluded() {
        // "Home News": the space between the links is not link text
        assertEquals(8.0 / 9, stats.linkDensity(page.getElementById("menu")), 0.01);
        // "Read more here": "more here" (9 of 14 characters) is the link
        assertEquals(9.0 / 14, stats.linkDensity(page.select("#story p").get(1)), 0.01);
        assertEquals(0.0, stats.linkDensity(page.selectFirst("#story p")), 0.001);
        assertEquals(1.0, stats.linkDensity(page.selectFirst("a")), 0.001);
    }

    @Test
    void countsTheCommasTheContentScoringVotesWithAndForgetsThoseOfARemovedElement() {
        Document doc = Jsoup.parse("<div id=story><p>Trucks, trains and <b>ships, too</b>, crossed.</p><p>甲，乙、丙</p></div>");
        TextStats counted = new TextStats(doc.body());
        assertEquals(3, counted.commas(doc.selectFirst("p")), "a comma inside a nested tag counts for the paragraph");
        assertEquals(5, counted.commas(doc.getElementById("story")), "full-width and enumeration commas count too");
        counted.remove(doc.select("p").get(1));
        assertEquals(3, counted.commas(doc.getElementById("story")));
    }

    @Test
    void countsTheListItemsThatAreSentencesOfProse() {
        Document list = Jsoup.parse("<div id=answer><ul><li>Sit-in kayaks move fast and track straight, with covered cargo "
                + "compartments for a long day.</li><li>Short item.</li></ul></div><ul id=menu><li><a href=/a>Kayaks and canoes for "
                + "every paddler, from beginners to experts on the sea.</a></li></ul>");
        TextStats counted = new TextStats(list.body());
        assertEquals(1, counted.proseItems(list.getElementById("answer")), "a long sentence is prose; 'Short item.' is not");
        assertEquals(0, counted.proseItems(list.getElementById("menu")), "a linked item is a menu's, however long");
    }

    @Test
    void countsTheProseParagraphsBelowEachElement() {
        Document nested = Jsoup.parse("<div id=outer><div hidden id=inner><p>" + "The customs post at the border opened a second "
                + "lane for freight trucks on Monday, officials said.</p><p>Read more</p></div></div><div id=menu><p>Home</p></div>");
        TextStats counted = new TextStats(nested.body());
        assertEquals(1, counted.proseParagraphs(nested.getElementById("inner")), "a sentence of 80+ characters is prose; 'Read more' is not");
        assertEquals(1, counted.proseParagraphs(nested.getElementById("outer")), "and it counts for every ancestor");
        assertEquals(0, counted.proseParagraphs(nested.getElementById("menu")));
    }

    @Test
    void anElementTakenOutLeavesTheCountsAFreshWalkOfTheCleanedPageWouldGive() {
        Document cleaned = Jsoup.parse("""
                <div id=page><div id=story>
                  <p>Kazakhstan and China signed twenty agreements on freight, customs and transit this week.</p>
                  <p>Read <a href=/more><b>more</b> here <span class=count>(12)</span></a></p>
                  <div class=share><a href=/s>Share this story with your friends</a></div>
                  <p id=second>Traders from Uzbekistan attended the fair, which closed with agreements worth millions.</p>
                </div></div>""");
        TextStats updated = new TextStats(cleaned.body());
        for (String gone : new String[] {".count", ".share", "#second"}) {
            var e = cleaned.selectFirst(gone);
            updated.remove(e);
            e.replaceWith(new org.jsoup.nodes.Element("removed")); // as the clean-up leaves a marker where text was
        }
        TextStats fresh = new TextStats(cleaned.body());
        for (var e : cleaned.body().getAllElements()) {
            assertEquals(fresh.chars(e), updated.chars(e), e.cssSelector());
            assertEquals(fresh.linkDensity(e), updated.linkDensity(e), 1e-9, e.cssSelector());
            assertEquals(fresh.proseParagraphs(e), updated.proseParagraphs(e), e.cssSelector());
        }
        assertEquals(1, updated.proseParagraphs(cleaned.getElementById("story")), "the removed paragraph no longer counts");
    }
}
