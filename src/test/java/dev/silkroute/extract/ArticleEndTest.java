package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.silkroute.extract.Item.Fate;
import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the text stops: dump lines already classified, as the span step hands them over. */
class ArticleEndTest {
    private static final String PARAGRAPH = "The railway port handled more freight trains this year than in any year before, "
            + "officials said on Monday, and traders from Kazakhstan and Uzbekistan signed agreements worth millions at the fair.";
    private static final String COMMENT = "Great article, thanks! I drove through Khorgos last spring and the queue of trucks "
            + "at the border was several kilometres long, so this is good news for everybody who trades there.";

    private static Item good(String text, int position) {
        Item it = new Item(Candidate.line(text, position), text);
        it.quality = Quality.GOOD;
        return it;
    }

    private static Item commentFormLine(int position) {
        Item it = new Item(Candidate.line("Leave a Reply", position), "Leave a Reply");
        it.remove("comment-form", "comment-form:heading");
        it.ending = BoilerplateRules.Ending.FIRM;
        return it;
    }

    /** Ten paragraphs of article, a comment form's heading, then readers' comments, which are prose too. */
    private static List<Item> articleThenComments(int commentForms) {
        List<Item> items = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < 10; i++) items.add(good(PARAGRAPH, ++position));
        for (int i = 0; i < commentForms; i++) {
            items.add(commentFormLine(++position));
            items.add(good(COMMENT, ++position));
        }
        return items;
    }

    @Test
    void theArticleEndsAboveALineThatSaysItHasEnded() {
        List<Item> items = articleThenComments(1);
        assertEquals(9, ArticleEnd.endAtMarker(items, 0, items.size() - 1, false));
    }

    @Test
    void onADiscussionTheCommentsAreTheText() {
        List<Item> items = articleThenComments(1);
        assertEquals(items.size() - 1, ArticleEnd.endAtMarker(items, 0, items.size() - 1, true));
    }

    @Test
    void aLineThePageRepeatsUnderEveryPostIsTheThreadsFurnitureNotAnEnd() {
        List<Item> items = articleThenComments(3);
        assertEquals(items.size() - 1, ArticleEnd.endAtMarker(items, 0, items.size() - 1, false));
    }

    @Test
    void aFirmEndingNeedsSomeTextAboveIt() {
        List<Item> items = new ArrayList<>();
        items.add(good(PARAGRAPH, 1));
        items.add(commentFormLine(2)); // "12 comments" under the title, before the article has begun
        for (int i = 0; i < 10; i++) items.add(good(PARAGRAPH, 3 + i));
        assertEquals(items.size() - 1, ArticleEnd.endAtMarker(items, 0, items.size() - 1, false));
        assertEquals(Fate.REMOVED, items.get(1).fate);
    }
}
