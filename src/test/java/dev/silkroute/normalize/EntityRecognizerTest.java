package dev.silkroute.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.app.Components;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private final EntityRecognizer recognizer = new EntityRecognizer(Components.gazetteer());

    private Entity first(String text, String dct) {
        List<Entity> found = recognizer.recognize(text, dct);
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void oneCityAcrossScriptsAndSpellings() {
        for (String surface : List.of("Urumqi", "URUMQI", "Ürümqi", "乌鲁木齐", "烏魯木齊", "Урумчи")) {
            Entity e = first("Trade fair in " + surface + " opens", null);
            assertEquals("Ürümqi", e.canonical(), surface);
            assertEquals("Q16959", e.id(), surface);
        }
    }

    @Test
    void countriesComeFromCldrInSeveralLanguages() {
        assertEquals("iso3166:KZ", first("Delegates from Kazakhstan attended", null).id());
        assertEquals("iso3166:KZ", first("代表团来自哈萨克斯坦", null).id());
        assertEquals("iso3166:KZ", first("Делегация Казахстан прибыла", null).id());
    }

    @Test
    void yearlessDatesResolveAgainstThePublicationDate() {
        assertEquals("2018-01-09", first("On Jan 9, the zone held a meeting", "2018-01-19").value());
        assertEquals("2017-12-20", first("the line opened on Dec 20 last year", "2018-01-19").value());
        assertEquals(null, first("On Jan 9, the zone held a meeting", null).value());
    }

    @Test
    void amountsBecomeNumbersWithUnits() {
        assertEquals("780000 km2", first("spans about 780,000 square kilometers", null).value());
        assertEquals("5200000", first("a population of over 5.2 million.", null).value());
        assertEquals("49%", first("up 49% on the year", null).value());
    }

    @Test
    void provincesComeFromCldrSubdivisionsWithTheirIso31662Codes() {
        for (String surface : List.of("Guangdong", "广东", "广东省", "Гуандун")) {
            assertEquals("iso3166-2:CN-GD", first("Exporters in " + surface + " shipped more", null).id(), surface);
        }
        assertEquals("Guangdong", first("Exporters in 广东 shipped more", null).canonical());
    }

    @Test
    void aCityAndItsProvinceOfTheSameNameIsTheCity() {
        Entity chongqing = first("A fair opened in Chongqing on Monday", null);
        assertTrue(chongqing.id() != null && chongqing.id().startsWith("geonames:"), "the city, not CN-CQ: " + chongqing);
    }

    @Test
    void aNameSplitAtItsApostropheIsStillTheName() {
        for (String surface : List.of("Xi'an", "Xi ‘an", "Xi ’an", "Xi' an")) {
            assertEquals("Xi'an", first("Trains from " + surface + " arrive daily", null).canonical(), surface);
        }
    }

    @Test
    void russianAndKazakhCaseFormsAreTheNameTheyInflect() {
        assertEquals("iso3166:KZ", first("Делегация Казахстана прибыла", null).id(), "genitive");
        assertEquals("iso3166:KZ", first("Торговля с Казахстаном растёт", null).id(), "instrumental");
        assertEquals("iso3166:CN", first("Поставки из Китая выросли", null).id(), "-я for -й");
        assertEquals("iso3166:RU", first("Экспорт России вырос", null).id(), "-и for -ия");
        assertEquals("iso3166:KZ", first("Қазақстанның экспорты өсті", null).id(), "Kazakh genitive");
        Entity city = first("Көрме Алматыда ашылды", null);
        assertEquals("Алматыда", city.text(), "the span is the word as written");
        assertTrue(first("Президент провёл встречу", null) == null, "an unknown word stays unknown");
    }

    @Test
    void aNameSharedByTownsInTwoCountriesGoesToTheCountryTheDocumentIsAbout() {
        Entity inXinjiang = recognizer.recognize("Herders in Kashgar and Tashkurgan, Xinjiang, China, sold more yaks.", null).stream()
                .filter(e -> e.text().equals("Tashkurgan")).findFirst().orElseThrow();
        assertEquals("geonames:1279901", inXinjiang.id(), "Tashqorghan in China");
        Entity inAfghanistan = recognizer.recognize("Traders in Tashkurgan, Afghanistan, near Mazar-i-Sharif, reopened.", null).stream()
                .filter(e -> e.text().equals("Tashkurgan")).findFirst().orElseThrow();
        assertEquals("geonames:1136575", inAfghanistan.id(), "Khulm (Tashkurgan) in Afghanistan");
    }

    @Test
    void aMonthLaterCountsFromThePreviousDateOfTheStory() {
        List<Entity> found = recognizer.recognize(
                "The line opened on May 19, 2023. A month later, trains ran daily. The following week, fares fell.", "2024-02-01");
        assertEquals("2023-06-19", found.stream().filter(e -> e.text().equals("A month later")).findFirst().orElseThrow().value());
        assertEquals("2023-06-26", found.stream().filter(e -> e.text().equals("The following week")).findFirst().orElseThrow().value());
        Entity noStory = recognizer.recognize("Two days later the talks resumed.", "2024-02-01").get(0);
        assertEquals("2024-02-03", noStory.value(), "with no date before it, from the publication date");
        assertEquals("2023-07", EntityRecognizer.shift("2023-05", 2, "months"), "the granularity written stays");
    }
}
