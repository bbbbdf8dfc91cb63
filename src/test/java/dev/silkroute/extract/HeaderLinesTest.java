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
    void aBreadcrumbNamesItsLastCrumbButTwoWordsJoinedByABareSlashAreOneCompound() {
        assertEquals("Economy", header.breadcrumbSection("SOURCE / ECONOMY").orElseThrow());
        assertEquals("World", header.breadcrumbSection("Home/News/World").orElseThrow());
        assertEquals("Central Asia", header.breadcrumbSection("News » Central Asia").orElseThrow());
        assertTrue(header.breadcrumbSection("Photography/Videography").isEmpty());
        assertTrue(header.breadcrumbSection("TCP/IP").isEmpty());
    }
}
