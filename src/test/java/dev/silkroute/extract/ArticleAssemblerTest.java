package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembler's judgement of blocks whose place in the page is given, as the HTML extractor gives it. */
class ArticleAssemblerTest {
    private final ArticleAssembler assembler = new ArticleAssembler(new PublisherNames());

    private static final String[] ARTICLE = {
        "The railway port handled more freight trains this year than in any year before, officials said on Monday.",
        "Traders from Kazakhstan and Uzbekistan attended the fair, which closed with agreements worth millions.",
        "Customs officers said the new procedures cut the waiting time at the border from two days to a few hours."};

    private static final int SHARE_SLOT = 101, DESK_SLOT = 102;
    private static final String DESK = "Reported by the border and customs desk of Example News";

    /** The article in container 1, then one card per story (containers 2, 3, ...): its share button and its desk. */
    private static List<Candidate> articleWithStoryCards(int stories) {
        List<Candidate> blocks = new ArrayList<>();
        int position = 0;
        for (String p : ARTICLE) blocks.add(new Candidate(p, ++position, 0, "p", true, false, 100, 1));
        for (int i = 1; i <= stories; i++) {
            blocks.add(new Candidate("Share on Facebook", ++position, 1.0, "div", true, false, SHARE_SLOT, 1 + i));
            blocks.add(new Candidate(DESK, ++position, 0, "div", true, false, DESK_SLOT, 1 + i));
        }
        return blocks;
    }

    @Test
    void aFieldOfListEntriesWhoseOtherTextIsGoneIsAnOrdinaryDuplicate() {
        Extraction e = assembler.assemble(articleWithStoryCards(5), new PageMeta());
        long desks = e.body().stream().filter(b -> b.text().equals(DESK)).count();
        assertTrue(desks <= 1, "no text of any entry stands beside its field: " + e.body());
    }
}
