package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaptionClassTest {

    @Test
    void classNamesThatCallAnElementACaption() {
        assertTrue(CaptionClass.names("wp-caption-text"));
        assertTrue(CaptionClass.names("mh-image-caption mh-posts-grid-caption"));
        assertTrue(CaptionClass.names("article-img-caption-wrap article--c-gynodb"));
        assertTrue(CaptionClass.names("ImageCaption_captionWrapper__awu4y ImageCaption_left__kR6Sr"), "CSS modules' hashes are not words");
        assertTrue(CaptionClass.names("Caption_root__pmF0L"));
        assertTrue(CaptionClass.names("article__caption"), "BEM's element name is the word itself");
    }

    @Test
    void classNamesThatOnlyMentionTheWord() {
        assertFalse(CaptionClass.names("verbosa-caption-two verbosa-magazine-one"), "a theme's setting");
        assertFalse(CaptionClass.names("card-caption-heading"), "a card's title");
        assertFalse(CaptionClass.names("[&_figcaption]:mt-xxs lg:[&_figcaption]:mt-xs"), "a utility class about captions");
        assertFalse(CaptionClass.names("captionless-gallery"));
        assertFalse(CaptionClass.names("article-body"));
    }

    @Test
    void aShopCardsCaptionIsTheCardsTextNotAPhotosCaption() {
        assertFalse(CaptionClass.names("product-caption"), "a product card's name and price");
        assertFalse(CaptionClass.names("card-caption"));
        assertTrue(CaptionClass.names("image-caption"));
    }
}
