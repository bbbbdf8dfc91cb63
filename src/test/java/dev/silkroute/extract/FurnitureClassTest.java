package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FurnitureClassTest {
    @Test
    void aFurnitureWordBetweenHyphensUnderscoresOrSpacesNamesFurniture() {
        assertEquals("share", FurnitureClass.word("post-share-bar "));
        assertEquals("footer", FurnitureClass.word("site_footer clearfix "));
        assertEquals("cookie", FurnitureClass.word("Cookie Banner "), "the first word, in lower case");
        assertEquals("related", FurnitureClass.word("entry-content related-posts"), "the first name that has one");
        assertEquals("comments", FurnitureClass.word(" comments"), "the id, after the class names");
    }

    @Test
    void aWordInsideAnotherWordIsNotOne() {
        assertNull(FurnitureClass.word("shareholder-letter "));
        assertNull(FurnitureClass.word("navigator-guide headlines"), "nav and ad are not in navigator or headlines");
        assertNull(FurnitureClass.word("article-body "));
    }

    @Test
    void aPostsTermNamesAreNotFurnitureWordsButATagBoxIs() {
        assertNull(FurnitureClass.word("product type-product post-15859 status-publish product_tag-reusable-cups "));
        assertNull(FurnitureClass.word("post-9 post type-post status-publish hentry category-social-media tag-ads "));
        assertEquals("tags", FurnitureClass.word("entry-tags "));
        assertEquals("tag", FurnitureClass.word("tag-cloud "), "without a post's other names, a tag box");
    }

    @Test
    void aWrapperOfTheContentAndItsSidebarIsNoSidebar() {
        assertNull(FurnitureClass.word("content-sidebar-wrap "), "Genesis's layout around the text and the sidebar");
        assertEquals("sidebar", FurnitureClass.word("sidebar sidebar-primary widget-area "));
        assertEquals("ad", FurnitureClass.word("content-ad-wrapper "), "an advert's wrapper in the content is one");
        assertEquals("nav", FurnitureClass.word("content-hub-nav__sub-menu-container "));
    }

    @Test
    void aWordCanBeSetAsideAndLookedFor() {
        assertEquals("nav", FurnitureClass.word("elementor-widget elementor-widget-nav-menu ", FurnitureClass.LAYOUT_WORD));
        assertNull(FurnitureClass.word("elementor-widget elementor-widget-text-editor ", FurnitureClass.LAYOUT_WORD));
        assertTrue(FurnitureClass.names("elementor-widget-container ", "widget"));
        assertFalse(FurnitureClass.names("widgetized-area ", "widget"), "a word inside another is not one");
    }

    @Test
    void hiddenOnlyAsAWholeClassName() {
        assertEquals("hidden", FurnitureClass.word("is-hidden "));
        assertEquals("hidden", FurnitureClass.word("teaser hidden "));
        assertNull(FurnitureClass.word("field field-label-hidden "), "Drupal's article body");
    }

    @Test
    void somePlacesAreFurnitureEvenWhenTheySpeakInSentences() {
        assertEquals("dialog", FurnitureClass.word("trade-in-dialog is-open "));
        assertEquals("disclaimer", FurnitureClass.word("post-disclaimer "));
        assertTrue(FurnitureClass.namesProseFurniture("dialog"));
        assertTrue(FurnitureClass.namesProseFurniture("footer"));
        assertFalse(FurnitureClass.namesProseFurniture("related"), "a related box of prose may be the article's aside");
        assertFalse(FurnitureClass.namesProseFurniture("sidebar"));
    }
}
