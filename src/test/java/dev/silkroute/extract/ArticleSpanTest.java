package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.extract.ArticleSpan.Stretch;
import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a dump's article starts and ends among its good lines. */
class ArticleSpanTest {
    private final HeaderLines header = new HeaderLines();
    private final ArticleSpan span = new ArticleSpan(header, new TitleChoice(header));

    private final List<Item> dump = new ArrayList<>();

    /** A good line of about {@code chars} characters: sentences of a report. */
    private void text(int chars) {
        StringBuilder s = new StringBuilder();
        while (s.length() < chars) s.append("The port handled more trains this year than ever before, officials said. ");
        Item it = new Item(Candidate.line(s.toString().trim(), dump.size() + 1), s.toString().trim());
        it.quality = Quality.GOOD;
        dump.add(it);
    }

    /** {@code n} lines a rule removed for the reason given. */
    private void removed(int n, String reason, String rule) {
        for (int i = 0; i < n; i++) {
            Item it = new Item(Candidate.line("Menu entry " + i, dump.size() + 1), "Menu entry " + i);
            it.remove(reason, rule);
            dump.add(it);
        }
    }

    private Stretch heaviest() {
        return span.heaviestStretch(dump, 0, dump.size() - 1);
    }

    @Test
    void aLightEndBeyondTheSiteMenuIsCutOff() {
        text(900);
        removed(4, "navigation", "navigation:navigation");
        text(150); // a mega-menu's description: good text, but past the site's menu
        assertEquals(new Stretch(0, 0), heaviest());
    }

    @Test
    void anEndHoldingOverAThirdOfTheGoodTextStays() {
        // the lead weighs less than the text under the menu, but is too much of the page to be furniture
        text(400);
        removed(12, "navigation", "navigation:navigation");
        text(600);
        assertEquals(new Stretch(0, 12 + 1), heaviest());
    }

    @Test
    void theChromeOfEachPostAndTheArticlesOwnContentsCostNothing() {
        text(150);
        removed(6, "share", "share:share-bar");
        text(900);
        removed(8, "navigation", "navigation:table-of-contents");
        text(150);
        assertEquals(new Stretch(0, dump.size() - 1), heaviest());
    }

    @Test
    void aStretchStartsAndEndsWithGoodText() {
        removed(1, "title", "title:moved-to-metadata");
        text(600);
        removed(1, "metadata", "metadata:date");
        assertEquals(new Stretch(1, 1), heaviest());
    }

    @Test
    void everyFurnitureFamilyIsOneARemoverUses() {
        // a family renamed in the rules would otherwise stop costing without a word
        for (String family : ArticleSpan.SITE_FURNITURE) {
            assertTrue(BoilerplateRules.families().contains(family) || family.equals(SiteProfile.BOILERPLATE), family);
        }
    }
}
