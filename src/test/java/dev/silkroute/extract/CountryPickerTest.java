package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryPickerTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(new ArticleAssembler(new PublisherNames()));
    private static final List<String> ARTICLE = List.of("Freight trains set a record at the Khorgos border",
            "The railway port handled more freight trains this year than in any year before, officials said on Monday.",
            "Traders from Kazakhstan and Uzbekistan attended the fair, which closed with agreements worth millions.");
    private static final List<String> PICKER = List.of("Select your country", "Australia", "Belgique (Français)", "België (Nederlands)",
            "Canada - English", "Deutschland", "España", "France", "Italia", "日本", "Nederland", "Österreich", "Schweiz | Deutsch",
            "United Kingdom", "United States");

    @Test
    void aCountryLineIsANameAloneOrWithItsLanguage() {
        assertTrue(CountryPicker.isCountryLine("Deutschland"), "in its own language");
        assertTrue(CountryPicker.isCountryLine("Canada (Français)"));
        assertTrue(CountryPicker.isCountryLine("United States - English"));
        assertTrue(CountryPicker.isCountryLine("🇰🇿 Kazakhstan"), "a flag before the name");
        assertTrue(CountryPicker.isCountryLine("Қазақстан"));
        assertFalse(CountryPicker.isCountryLine("Kazakhstan signs a rail deal"), "a headline that names a country");
        assertFalse(CountryPicker.isCountryLine("Select your country"));
        assertFalse(CountryPicker.isCountryLine("Astana"), "a city");
    }

    @Test
    void aDumpsRunOfCountryNamesIsAPickerAndGoesThoughItStandsInsideTheText() {
        // a shop's region dialog printed between two paragraphs, where short lines take the class of the text around them
        List<String> lines = new ArrayList<>(ARTICLE);
        lines.addAll(PICKER.subList(1, PICKER.size()));
        // the text goes on under it: more than a light end past the site's furniture (see ArticleSpan#heaviestStretch)
        lines.add("The new terminal will open next spring, the port authority said, and handle twice as many containers a day.");
        lines.add("Rail freight to Europe through the port has doubled in three years, and the operators expect it to grow.");
        Extraction e = extractor.extract(String.join("\n", lines), new PageMeta());
        assertFalse(e.text().contains("Österreich"), e.text());
        assertEquals("navigation:country-picker", e.removed().stream().filter(r -> r.text().equals("Deutschland")).findFirst()
                .orElseThrow().rule());
        assertTrue(e.text().contains("Traders from Kazakhstan") && e.text().contains("twice as many containers"), e.text());
    }

    @Test
    void aFewCountriesInARowAreThePagesOwnList() {
        List<Item> items = new ArrayList<>();
        for (String line : List.of("Our offices", "Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "China")) {
            items.add(new Item(Candidate.line(line, items.size() + 1), line));
        }
        CountryPicker.removePickers(items);
        assertTrue(items.stream().noneMatch(it -> it.fate == Item.Fate.REMOVED), "six names are under the picker's ten");
    }
}
