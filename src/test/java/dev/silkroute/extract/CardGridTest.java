package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardGridTest {

    private static List<String> shopGrid(int cards) {
        return ShopCards.namesAndPrices("Glass candle number", ".50", cards);
    }

    @Test
    void aPriceUnderEachProductNameMakesAGridOfNameAndPrice() {
        List<String> lines = new ArrayList<>(List.of("Home", "Candles", "Sort by"));
        lines.addAll(shopGrid(6));
        lines.add("Newsletter");
        assertEquals(List.of(new CardGrid.Region(3, 14)), CardGrid.find(lines, false),
                "from the first card's name to the last card's price; the menu and the footer are not cards");
    }

    @Test
    void fieldsOfOneCardMergeIntoOneGrid() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.addAll(List.of("Projector model " + i, "Manufacturer: Brand " + i, "Item Number: PRJ-" + i, "Price: $" + i + ",499.00"));
        }
        List<CardGrid.Region> grids = CardGrid.find(lines, false);
        assertEquals(List.of(new CardGrid.Region(0, lines.size() - 1)), grids,
                "four fields of one card, one grid: from the first card's name (above its first field) to the last price");
    }

    @Test
    void threeCardsAreABoxNotAGrid() {
        assertEquals(List.of(), CardGrid.find(shopGrid(3), false));
    }

    @Test
    void aSpecSheetsFieldsOneUnderAnotherAreNoGrid() {
        List<String> sheet = List.of("Weight: 2 kg", "Width: 40 cm", "Height: 30 cm", "Depth: 20 cm", "Price: $99",
                "Colour: red", "Price: $109", "Price: $119", "Price: $129", "Price: $139");
        assertEquals(List.of(), CardGrid.find(sheet, false), "a field on every line is a table's column, not a card's");
    }

    @Test
    void fieldsAtIrregularDistancesAreNoGrid() {
        List<String> lines = new ArrayList<>();
        int[] gaps = {2, 9, 3, 11, 2};
        for (int gap : gaps) {
            lines.add("Price: $10");
            for (int k = 1; k < gap; k++) lines.add("A sentence of the article, number " + lines.size() + ".");
        }
        lines.add("Price: $10");
        assertEquals(List.of(), CardGrid.find(lines, false));
    }

    @Test
    void whatCountsAsACardsField() {
        assertEquals("price", CardGrid.fieldOf("from 28,33 €", false));
        assertEquals("price", CardGrid.fieldOf("$ 99 +", false));
        assertEquals("price", CardGrid.fieldOf("Starting at $434", false));
        assertEquals("manufacturer:", CardGrid.fieldOf("Manufacturer: BenQ", false));
        assertNull(CardGrid.fieldOf("The company raised its price to $4 a share after the results, analysts said.", false),
                "a sentence that names a price");
        assertNull(CardGrid.fieldOf("Kanal:Max", false), "no space after the colon: a schedule's cell, a comment's rating");
        assertNull(CardGrid.fieldOf("Note that the new terms of service apply: read them", false), "a label of more than three words");
        assertNull(CardGrid.fieldOf("https: //example.com", false));
        assertNull(CardGrid.fieldOf("1".repeat(100_000) + " €", false), "a hostile page's run of digits is no card's price");
        assertTrue(CardGrid.find(List.of(), false).isEmpty());
    }

    private static List<String> conferences(String lead) {
        List<String> lines = new ArrayList<>(List.of("Conferences", "Filter by country"));
        String[] cities = {"Chicago", "Toronto", "Atlanta", "Las Vegas", "San Jose", "Austin"};
        for (int i = 0; i < cities.length; i++) {
            lines.add("Data Summit " + cities[i]);
            lines.add(lead != null ? lead + " " + cities[i] + "." : "Tech conference in " + cities[i] + ", North America");
            lines.add("Mar " + (10 + i) + " 26");
        }
        return lines;
    }

    @Test
    void aDumpsDateUnderEachEntryMakesAGridButAStorysLeadUnderItsDateDoesNot() {
        assertEquals(List.of(new CardGrid.Region(2, 19)), CardGrid.find(conferences(null), true),
                "name, place and date, six times: from the first card's name to the last date");
        assertEquals(List.of(), CardGrid.find(conferences(null), false), "in HTML the entries are links, and dates are no field");
        String lead = "The organisers said the summit would bring together more than two thousand engineers and analysts from"
                + " the region for three days of talks, workshops and meetings in";
        assertEquals(List.of(), CardGrid.find(conferences(lead), true), "a box of related stories, each with its lead, is no grid");
        assertEquals("date", CardGrid.fieldOf("Mar 16-20, 2026", true));
        assertEquals("date", CardGrid.fieldOf("14 mars 2026", true));
        assertEquals("date", CardGrid.fieldOf("2026-03-14", true));
        assertNull(CardGrid.fieldOf("March 14 was the day the border reopened", true));
    }
}
