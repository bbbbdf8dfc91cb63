package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        assertEquals("2026-01-06T14:16+01:00", iso("Publié le 2026-01-06 - 14:16 UTC+1"), "an offset after UTC is the zone");
        assertEquals("2023-07-26", iso("This aerial photo taken on July 26, 2023 shows"));
    }

    @Test
    void aTimeAgoGluedToTheYearByADumpLeavesTheDate() {
        assertEquals("2023-04-10", iso("April 10, 20233 years Dizindaba 142 Views"));
        assertEquals("2024-12-12", iso("December 12, 202411 months Dizindaba"));
        assertEquals(null, iso("April 10, 20233 Dizindaba"), "five digits without a unit are no year");
    }

    @Test
    void ambiguousAndImpossibleDatesAreNotGuessed() {
        assertEquals(null, iso("03/04/2024"));
        assertEquals(null, iso("2023-02-30"));
        assertTrue(dates.findAll("no dates here, only 2024 people").isEmpty());
    }

    @Test
    void monthNamesOfOtherLanguagesComeFromCldr() {
        assertEquals("2023-08-30", iso("Publié le 30 août 2023 à 14h52"));
        assertEquals("2023-04-28T05:00", iso("Stand: 28. April 2023, 05:00 Uhr"));
        assertEquals("2025-01-05", iso("5 de enero de 2025"));
        assertEquals("2025-02-04T14:41", iso("Marco Pizzorno 4 Febbraio 2025 - 14:41"));
        assertEquals("2025-02-02", iso("søndag 2. februar 2025"));
        assertEquals("2024-07-18T08:01", iso("Publié le 18 juil. 2024 à 08:01"));
        assertEquals("2025-03-12T18:03", iso("12. MÄR 2025 18:03"));
        assertEquals("2024-11-15", iso("15. marraskuuta 2024"), "a whole name before a three-letter prefix ('mar')");
        assertEquals("2018-12-21", iso("21.dez.2018 às 12h55"), "dots for spaces");
    }

    @Test
    void numericDayMonthIsReadWhenOnlyOneReadingIsPossible() {
        assertEquals("2024-04-30T16:17", iso("Zuerst veröffentlicht am 30/04/2024 - 16:17"));
        assertEquals("2025-02-02", iso("02/02/2025"));
        assertEquals("2025-01-24T12:38", iso("24.\u00a01.\u00a02025 12:38"));
        // two-digit years, as German and Russian sites print them; a version number is not a date
        assertEquals("2024-04-27T07:39", iso("Veröffentlicht am 27.04.24 um 07:39 Uhr"));
        assertEquals("1999-05-11", iso("11.05.99"));
        assertEquals(null, iso("Version 1.2.3"));
    }

    @Test
    void aLabelInALanguageThatWritesDayFirstSettlesAnAmbiguousDate() {
        HeaderLines header = new HeaderLines();
        assertEquals("2026-01-06T14:16+01:00", header.dates("Publié le 06/01/2026 - 14:16 UTC+1").get(0).iso());
        List<HeaderLines.LabelledDate> both = header.dates("10/07/2026 00:50 Actualizado a 10/07/2026 22:39");
        assertEquals("2026-07-10T22:39", both.get(1).iso());
        assertEquals(HeaderLines.DateRole.MODIFIED, both.get(1).role());
        assertTrue(header.dates("Published 06/01/2026").isEmpty(), "English is written both ways: still not guessed");
        assertEquals("2026-01-06", header.dates("Published 06/01/2026", () -> true).get(0).iso(), "unless the page says day first");
    }

    @Test
    void aPageShowsItWritesDatesDayFirstByALabelOrByADateOnlyThatOrderAllows() {
        HeaderLines header = new HeaderLines();
        assertTrue(header.saysDayFirst("Actualizado a las 20:56h."));
        assertTrue(header.saysDayFirst("Posted 23/12/2024"));
        assertFalse(header.saysDayFirst("Posted 12/11/2024"), "both orders allow it");
        assertFalse(header.saysDayFirst("Updated 12/23/2024"));
    }

    @Test
    void bylinesWhoseWordForByOpensSentencesNeedANameAndKoreanBylinesNameTheReporterLast() {
        HeaderLines header = new HeaderLines();
        assertEquals(List.of("Luca Monaco"), header.byline("di Luca Monaco").orElseThrow());
        assertEquals(List.of("Simone Jülicher", "Rainer Grünberg"), header.byline("Von Simone Jülicher und Rainer Grünberg").orElseThrow());
        assertEquals(List.of("Ana López", "E. Ruiz"), header.byline("Por Ana López y E. Ruiz").orElseThrow(), "an initial is not a conjunction");
        assertEquals(List.of("Jan de Vries"), header.byline("door Jan de Vries").orElseThrow());
        assertTrue(header.byline("di solito non succede").isEmpty(), "an Italian sentence, not a name");
        assertEquals(List.of("구현모"), header.byline("순천, 광양 구현모 기자").orElseThrow(), "the places before the name are not names");
        assertEquals(List.of("渡辺洋介"), header.byline("渡辺洋介記者").orElseThrow());
    }

    @Test
    void modifiedLabelsInMoreLanguages() {
        HeaderLines header = new HeaderLines();
        List<HeaderLines.LabelledDate> corriere = header.dates("5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)");
        assertEquals(HeaderLines.DateRole.UNLABELLED, corriere.get(0).role());
        assertEquals(HeaderLines.DateRole.MODIFIED, corriere.get(1).role());
        assertEquals(HeaderLines.DateRole.MODIFIED, header.dates("Bijgewerkt op 3 februari 2025").get(0).role());
    }
}
