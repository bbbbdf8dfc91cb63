package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.extract.Item.Quality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages whose linked headlines are their text, after the blocks' own classification. */
class ListingsTest {
    private static final String PARAGRAPH = "The railway port handled more freight trains this year than in any year before, "
            + "officials said on Monday, and traders from Kazakhstan and Uzbekistan signed agreements worth millions at the fair.";

    private static Item headline(int n) {
        String text = "Freight trains through Khorgos set record number " + n;
        return new Item(new Candidate(text, n, 1.0, "li", false, false, 7, n), text);
    }

    private static Item paragraph(int position) {
        return new Item(new Candidate(PARAGRAPH, position, 0, "p", true, false, 8, 1000), PARAGRAPH);
    }

    private static List<Item> page(int headlines, int paragraphs) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= headlines; i++) items.add(headline(i));
        for (int i = 1; i <= paragraphs; i++) items.add(paragraph(headlines + i));
        return items;
    }

    private static long promoted(List<Item> items, PageMeta meta) {
        BlockQuality.classify(items, meta.published == null);
        Listings.promoteListingEntries(items, meta, meta.published == null);
        return items.stream().filter(it -> it.listingEntry && it.quality == Quality.GOOD).count();
    }

    @Test
    void headlinesThatOutweighAPagesLittleProseAreItsText() {
        assertEquals(8, promoted(page(8, 1), new PageMeta()));
    }

    @Test
    void anArticlesRelatedLinksStayLinks() {
        assertEquals(0, promoted(page(3, 10), new PageMeta()));
    }

    @Test
    void aDatedPageNeedsThreeTimesAsMuchHeadlineAsProse() {
        PageMeta dated = new PageMeta();
        dated.published("2025-03-04", "test");
        assertEquals(0, promoted(page(4, 1), dated), "a short dated story with its related box");
        PageMeta undated = new PageMeta();
        assertEquals(4, promoted(page(4, 1), undated));
    }

    private final TextDumpExtractor dumps = new TextDumpExtractor(new ArticleAssembler(new PublisherNames()));

    private static final String[] RECIPES = {
        "Easy Slow-Cooker Pork Ragù with Pappardelle", "Spaghetti and Meatballs", "Sweet and Spicy Tomato Chutney for Winter",
        "Pasta With Spicy Nduja and Tomato Sauce", "Butter Chicken Recipe", "The Best Italian-American Tomato Sauce",
        "The Best Slow-Cooked Bolognese Sauce Recipe", "All-Day Meat Lasagna", "Bucatini all'Amatriciana with Guanciale",
        "Filipino Spaghetti Sauce With Hot Dogs", "Barbecue Pizza Sauce", "The Best Fresh Tomato Sauce of Summer",
        "Pressure Cooker Tomato Sauce in an Hour", "Homemade Tomato Ketchup", "Tomato Gravy Recipe",
        "Raw Tomato Coulis for Grilled Fish", "Penne alla Vodka Recipe", "Fast and Easy Pasta With Cherry Tomatoes"};

    private static String recipeIndex(String intro, String after) {
        StringBuilder dump = new StringBuilder("Recipes\nHow-Tos\nTomato Sauce Recipes\n").append(intro).append('\n');
        for (String r : RECIPES) dump.append(r).append('\n');
        return dump.append(after).toString();
    }

    @Test
    void aDumpsListingKeepsItsShorterEntriesWithItsHeadlines() {
        String intro = "Our collection of tomato sauce recipes has something for every dish, from a big plate of pasta to a "
                + "vegetable tian.";
        String text = dumps.extract(recipeIndex(intro, "About Us\nContact"), new PageMeta()).text();
        for (String r : RECIPES) assertTrue(text.contains(r), r + " in:\n" + text);
    }

    /** Which of a dump's lines the run step leaves as listing entries. */
    private static List<String> dumpEntries(List<String> lines) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) items.add(new Item(Candidate.line(lines.get(i), i + 1), lines.get(i)));
        BlockQuality.classify(items, true);
        Listings.keepOnlyRunsOfDumpEntries(items);
        return items.stream().filter(it -> it.listingEntry).map(it -> it.text).toList();
    }

    @Test
    void shorterNamesJoinAListingUnderItsBlurbButNotAMenuAboveTheText() {
        List<String> listing = new ArrayList<>(List.of(PARAGRAPH));
        listing.addAll(List.of(RECIPES));
        assertTrue(dumpEntries(listing).contains("Butter Chicken Recipe"), "a listing under its blurb");
        List<String> menu = new ArrayList<>(List.of(RECIPES));
        menu.add(PARAGRAPH);
        assertEquals(List.of(), dumpEntries(menu), "a menu that heads the text");
    }

    @Test
    void aBoxOfTopicsUnderAStoryIsNoListingThoughItHoldsHeadlines() {
        String[] cities = {"Almaty", "Bishkek", "Tashkent", "Dushanbe", "Ashgabat", "Urumqi", "Kashgar", "Samarkand", "Astana", "Khorgos",
            "Shymkent", "Osh"};
        StringBuilder dump = new StringBuilder("Freight record at Khorgos\n");
        for (int i = 0; i < 2; i++) dump.append(PARAGRAPH).append(' ').append(i).append('\n');
        for (String city : cities) {
            dump.append("Freight trains through ").append(city).append(" set a record").append('\n');
            dump.append(city).append(" Weather Warning").append('\n');
            dump.append(city).append(" Market Prices").append('\n');
        }
        String text = dumps.extract(dump.toString(), new PageMeta()).text();
        assertFalse(text.contains("Weather Warning"), text);
    }
}
