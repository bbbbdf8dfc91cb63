package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a block's text looks like on its own: the tests the cascade's steps ask of a line. */
class BlockShapeTest {

    @Test
    void aMenuWhoseEntriesAreGluedTogetherIsToldFromNamesInASentence() {
        assertTrue(BlockShape.isGluedMenu("AdanaAdıyamanAfyonkarahisarAğrıAksarayAmasyaAnkara"));
        assertTrue(BlockShape.isGluedMenu("FurnitureFurniture SaleLiving Room FurnitureSofasSectionalsTV Stands & Entertainment "
                + "CentersCoffee TablesEnd & Side Tables"), "a shop's entries of several words");
        assertFalse(BlockShape.isGluedMenu("ChatAPI.subscribeToFriendStatus(props.friend.id, handleStatusChange);"), "code");
        assertFalse(BlockShape.isGluedMenu("McDonald's opened in Almaty, and YouTube and iPhone sales grew"), "names in a sentence");
        assertFalse(BlockShape.isGluedMenu("The iPhone, the iPad and the MacBook sold well; PlayStation and YouTube grew, "
                + "and McDonald's and JPMorgan opened offices in the city"), "brand names in a long sentence");
    }

    @Test
    void aMenuPrintedAsOneLineHasManyCapitalizedWordsAndNoPunctuation() {
        assertTrue(BlockShape.isFlattenedMenu("Solidbody Guitars Semi-hollowbody Guitars Hollowbody Guitars Acoustic Guitars "
                + "Bass Guitars Amplifiers Effects Pedals View All Electric Guitars"));
        assertFalse(BlockShape.isFlattenedMenu("Solidbody guitars, hollowbody guitars and acoustic guitars sold out at the "
                + "fair in Almaty on Monday"), "a sentence of as many words has punctuation");
        assertFalse(BlockShape.isFlattenedMenu("Home Products About Contact"), "too few words to pass for a paragraph");
    }

    @Test
    void aLineOfCodeEndsAsAStatementDoesAndHoldsABraceASemicolonAnAssignmentOrACall() {
        assertTrue(BlockShape.looksLikeCodeLine("display: flex;"));
        assertTrue(BlockShape.looksLikeCodeLine("});"));
        assertTrue(BlockShape.looksLikeCodeLine("resource \"aws_instance\" \"web\" {"));
        assertTrue(BlockShape.looksLikeCodeLine("root.render()"), "a call without arguments");
        assertFalse(BlockShape.looksLikeCodeLine("Jersey Royal potatoes (UK)"), "a closing bracket alone is a table's row");
        assertFalse(BlockShape.looksLikeCodeLine("The port handled more trains than ever."));
    }

    @Test
    void aHeadlineHasFourWordsAndALatinOneIsCountedByThemWhileACjkOneIsNot() {
        String headline = "Freight record at the Khorgos border";
        assertTrue(BlockShape.looksLikeHeadline(headline, TextMeasure.weightedLength(headline)));
        assertFalse(BlockShape.looksLikeHeadline("Sign in", TextMeasure.weightedLength("Sign in")), "a menu's label");
        String cjk = "霍尔果斯口岸 中欧班列 通行量 创新高";
        assertFalse(BlockShape.looksLikeHeadline(cjk, TextMeasure.weightedLength(cjk)), "spaces between phrases are no words");
        assertTrue(BlockShape.isCjkHeadline(cjk, TextMeasure.weightedLength(cjk)));
        String sentence = "霍尔果斯口岸今年通行的中欧班列数量创下新高。";
        assertFalse(BlockShape.isCjkHeadline(sentence, TextMeasure.weightedLength(sentence)), "a sentence ends with its stop");
    }
}
