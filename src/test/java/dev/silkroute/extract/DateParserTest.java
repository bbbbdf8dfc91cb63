package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateParserTest {
    private final DateParser dates = new DateParser();

    private String iso(String s) {
        return dates.find(s).map(DateParser.Found::iso).orElse(null);
    }

    @Test
    void formsOfTheRegion() {
        assertEquals("2024-03-04T20:15", iso("Published: Mar 04, 2024 08:15 PM"));
        assertEquals("2018-01-22T16:06:47", iso("Updated:2018-01-22 16:06:47"));
        assertEquals("2023-05-19", iso("发布时间：2023年5月19日"));
        assertEquals("2023-05-11", iso("Опубликовано 11.05.2023"));
        assertEquals("2023-05-11", iso("11 мая 2023 г."));
        assertEquals("2024-03-04T20:15:00+08:00", iso("2024-03-04T20:15:00+0800"));
        assertEquals("2023-07-26", iso("This aerial photo taken on July 26, 2023 shows"));
    }

    @Test
    void ambiguousAndImpossibleDatesAreNotGuessed() {
        assertEquals(null, iso("03/04/2024"));
        assertEquals(null, iso("2023-02-30"));
        assertTrue(dates.findAll("no dates here, only 2024 people").isEmpty());
    }
}
