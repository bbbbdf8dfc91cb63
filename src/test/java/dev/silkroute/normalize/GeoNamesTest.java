package dev.silkroute.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.app.Components;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Places from the GeoNames import: identifiers, the most populous of namesakes, common words left alone. */
class GeoNamesTest {
    private final EntityRecognizer recognizer = new EntityRecognizer(Components.gazetteer());

    private Entity place(String text, String surface) {
        return recognizer.recognize(text, null).stream().filter(e -> e.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + surface + "' not found in " + recognizer.recognize(text, null)));
    }

    @Test
    void aPrefectureCityTheTablesLackGetsItsGeoNamesIdentifier() {
        Entity e = place("The convoy reached Jiuquan before dawn.", "Jiuquan");
        assertEquals("GPE", e.type());
        assertEquals("geonames:1279945", e.id());
    }

    @Test
    void namesakesResolveToTheMostPopulousPlace() {
        // Aksu is a city in Xinjiang (pop. ~536,000) and a town in Kazakhstan (~45,000)
        assertEquals("geonames:1529660", place("Apples from Aksu sold out.", "Aksu").id());
        assertEquals("geonames:2643743", place("Flights to London resumed.", "London").id());
    }

    @Test
    void curatedTablesWinOverGeoNames() {
        assertEquals("Q16959", place("Flights to Urumqi resumed.", "Urumqi").id());
    }

    @Test
    void townsNamedLikeWordsOrHeadingALongerNameAreNotPlaces() {
        List<Entity> found = recognizer.recognize("Taking the train is cheaper, and taking the bus is slower. The Central "
                + "Committee met in March.", null);
        assertTrue(found.stream().noneMatch(e -> e.type().equals("GPE")), found.toString());
    }
}
