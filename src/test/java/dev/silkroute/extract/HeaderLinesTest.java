package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeaderLinesTest {
    private final HeaderLines header = new HeaderLines();

    @Test
    void aLineEndingInAnAgencysCreditIsACaptionButAStoryAboutTheAgencyIsNot() {
        assertTrue(header.looksLikeCaption("Trucks wait at the Khorgos border crossing on Monday. Getty Images"));
        assertTrue(header.looksLikeCaption("Kanzler Scholz am Montag in Astana. picture alliance / dpa"));
        assertTrue(header.looksLikeCaption("시민들이 광장에 모여 있다. 연합뉴스"));
        assertFalse(header.looksLikeCaption("The agency dpa reported on Monday that the talks in Astana had failed."),
                "a sentence follows the name");
        assertFalse(header.looksLikeCaption("Freight trains cross the border at Khorgos, the new hub of the Silk Road in Reuters"
                + " coverage of the region's trade over the last ten years and more, as officials said in the spring."),
                "the name stands too far from the end");
        assertFalse(header.looksLikeCaption("A new adpa standard for rail freight"), "only as a word");
    }

    @Test
    void anOffersDeadlineIsNoDatelineButAWriterByADateIs() {
        assertTrue(header.dates("BOOK: By Dec 31, 2025 TRAVEL: Through Mar 31, 2026").isEmpty());
        assertTrue(header.dates("Book by December 31, 2025, for travel through April 30, 2026.").isEmpty());
        assertEquals("2019-02-11", header.dates("Written By Feb 11, 2019").get(0).iso().substring(0, 10));
        assertEquals(1, header.dates("Published: Dec 31, 2025").size());
        assertEquals(1, header.dates("Updated Jan 5, 2026 · offer valid until Mar 31, 2026").size(),
                "the update's date stays; the offer's does not count");
    }

    @Test
    void aBreadcrumbNamesItsLastCrumbButTwoWordsJoinedByABareSlashAreOneCompound() {
        assertEquals("Economy", header.breadcrumbSection("SOURCE / ECONOMY").orElseThrow());
        assertEquals("World", header.breadcrumbSection("Home/News/World").orElseThrow());
        assertEquals("Central Asia", header.breadcrumbSection("News » Central Asia").orElseThrow());
        assertTrue(header.breadcrumbSection("Photography/Videography").isEmpty());
        assertTrue(header.breadcrumbSection("TCP/IP").isEmpty());
        assertTrue(header.breadcrumbSection("Depth W/ Palm Rest").isEmpty(), "'w/' is 'with'");
    }
}
