package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void hiddenOnlyAsAWholeClassName() {
        assertEquals("hidden", FurnitureClass.word("is-hidden "));
        assertEquals("hidden", FurnitureClass.word("teaser hidden "));
        assertNull(FurnitureClass.word("field field-label-hidden "), "Drupal's article body");
    }
}
