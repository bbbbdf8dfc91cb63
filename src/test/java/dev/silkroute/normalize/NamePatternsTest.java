package dev.silkroute.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.silkroute.app.Components;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People and organizations found by their shape, and short forms resolved to the full name. */
class NamePatternsTest {
    private final EntityRecognizer recognizer = new EntityRecognizer(Components.gazetteer());

    private Entity find(List<Entity> found, String text) {
        return found.stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' not found in " + found));
    }

    @Test
    void aChineseNameIsAPersonAndTheSurnameAloneLaterRefersToIt() {
        List<Entity> found = recognizer.recognize(
                "The port is busier than ever, said Zhang Minghui, the operator's manager. Zhang added that trains run daily.", null);
        assertEquals("PERSON", find(found, "Zhang Minghui").type());
        Entity later = found.stream().filter(e -> e.text().equals("Zhang")).findFirst().orElseThrow();
        assertEquals("PERSON", later.type());
        assertEquals("Zhang Minghui", later.canonical());
    }

    @Test
    void aRunOfCapitalizedWordsWithAnOrganizationHeadIsOneOrganization() {
        List<Entity> found = recognizer.recognize(
                "On Monday the Kashgar Regional Trade Promotion Bureau of Xinjiang signed the deal. The Bureau said more would follow.", null);
        Entity org = find(found, "Kashgar Regional Trade Promotion Bureau of Xinjiang");
        assertEquals("ORG", org.type(), "flat and maximal: the place names inside are not separate mentions");
        assertTrue(found.stream().noneMatch(e -> e.text().equals("Kashgar")), found.toString());
    }

    @Test
    void theAllianceAfterItsFullNameIsTheSameOrganization() {
        List<Entity> found = recognizer.recognize(
                "The Tarim Basin Cotton Growers Alliance met in Aksu. Members of the Alliance agreed on prices.", null);
        Entity shortForm = found.stream().filter(e -> e.text().equals("Alliance")).findFirst().orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("ORG", shortForm.type());
        assertEquals("Tarim Basin Cotton Growers Alliance", shortForm.canonical());
    }

    @Test
    void possessivesDeterminersAndHyphenatedCompoundsAreCutAsTheGuidelinesSay() {
        List<Entity> found = recognizer.recognize("Kazakhstan's exports rose. A Kazakhstan-China pipeline opened.", null);
        assertEquals(2, found.stream().filter(e -> e.text().equals("Kazakhstan")).count(), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.text().equals("China")), "the compound is split into its names: " + found);
        List<Entity> bri = recognizer.recognize("Both joined the Belt and Road Initiative in 2015.", null);
        assertEquals("Belt and Road Initiative", bri.get(0).text(), "no determiner inside the span");
    }

    @Test
    void sentenceInitialWordsAndWeekdaysDoNotStartAName() {
        List<Entity> found = recognizer.recognize("On Friday the Ministry announced new rules.", null);
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("On")), found.toString());
        assertTrue(found.stream().filter(e -> e.text().contains("Friday")).allMatch(e -> e.type().equals("DATE")
                && e.text().equals("Friday")), "a weekday is a date, never the start of a name: " + found);
    }

    @Test
    void theHeadWordGivesTheTypeAndAJobTitleStaysOutside() {
        List<Entity> found = recognizer.recognize("Director of the Aksu Cotton Trade Bureau Wang Lei opened the Aksu Apple Week "
                + "at the Kashgar Grand Bazaar in Awat County.", null);
        assertEquals("ORG", find(found, "Aksu Cotton Trade Bureau").type());
        assertEquals("EVENT", find(found, "Aksu Apple Week").type());
        assertEquals("FAC", find(found, "Kashgar Grand Bazaar").type());
        assertEquals("GPE", find(found, "Awat County").type());
    }

    @Test
    void aKnownPlaceWithItsAdministrativeWordKeepsItsIdentity() {
        List<Entity> found = recognizer.recognize("Officials from Xinjiang Province attended.", null);
        Entity e = find(found, "Xinjiang Province");
        assertEquals("GPE", e.type());
        assertEquals(recognizer.recognize("Xinjiang", null).get(0).id(), e.id());
    }

    @Test
    void weekdaysAndRelativeYearsResolveAgainstThePublicationDate() {
        List<Entity> found = recognizer.recognize("The line opened on Monday. Last year trade grew; ten years ago it was small.", "2024-03-06");
        assertEquals("2024-03-04", find(found, "Monday").value(), "the Monday on or before a Wednesday publication");
        assertEquals("2023", find(found, "Last year").value());
        assertEquals("2014", find(found, "ten years ago").value());
        assertEquals(null, find(recognizer.recognize("It opened on Monday.", null), "Monday").value(), "no date, no value");
    }

    @Test
    void aRegionAtTheHeadOfALongerUnknownNameIsNotAMentionOfTheRegion() {
        List<Entity> found = recognizer.recognize("Seven cities joined the Silk Road Friendship Town network. "
                + "Trade along the Silk Road grew.", null);
        assertEquals(1, found.stream().filter(e -> e.text().equals("Silk Road")).count(), found.toString());
        assertTrue(found.stream().filter(e -> e.text().equals("Silk Road")).allMatch(e -> e.start() > 60), found.toString());
    }

    @Test
    void aCompanyNameKeepsItsLegalFormAndAHeadMayOpenAName() {
        List<Entity> found = recognizer.recognize("The film was made by Tianshan Cartoon Studio Co., Ltd. with the Ministry of Commerce.", null);
        assertEquals("ORG", find(found, "Tianshan Cartoon Studio Co., Ltd.").type());
        assertEquals("ORG", find(found, "Ministry of Commerce").type());
    }

    @Test
    void aChinesePlaceFollowedByAnInstitutionWordIsThatInstitution() {
        List<Entity> found = recognizer.recognize("乌鲁木齐市人民政府发布通知，喀什市政协召开会议。", null);
        assertEquals("ORG", find(found, "乌鲁木齐市人民政府").type());
        assertTrue(found.stream().noneMatch(e -> e.text().equals("乌鲁木齐市") || e.text().equals("乌鲁木齐")), found.toString());
    }

    @Test
    void anAdministrativeWordInLowerCaseStillMakesAPlaceAndAMonthOfARelativeYearIsADate() {
        List<Entity> found = recognizer.recognize("Farmers in Shule county sold more cotton in March this year.", "2023-06-01");
        assertEquals("GPE", find(found, "Shule county").type());
        assertEquals("2023-03", find(found, "March this year").value());
    }

    @Test
    void twoNamesJoinedByAndAreTwoMentionsButANameWithAndInsideStaysWhole() {
        List<Entity> found = recognizer.recognize("The deal joins the Kashi Silk Research Institute and Yili Valley Trading Co., Ltd. "
                + "under the Ministry of Culture and Tourism, with partners in Hami Prefecture and Turpan County.", null);
        assertEquals("ORG", find(found, "Kashi Silk Research Institute").type());
        assertEquals("ORG", find(found, "Yili Valley Trading Co., Ltd.").type());
        assertEquals("ORG", find(found, "Ministry of Culture and Tourism").type(), "no head word on the right: one name");
        assertEquals("GPE", find(found, "Hami Prefecture").type());
        assertEquals("GPE", find(found, "Turpan County").type());
    }

    @Test
    void aTitleCaseHeadlineVerbEndsANameAndAnEventNameRunsThroughOn() {
        List<Entity> found = recognizer.recognize(
                "Tianshan Trade Office Visits the Almaty Business Council\n\nForum on Eurasian Logistics Cooperation Held in Korla", null);
        assertEquals("ORG", find(found, "Tianshan Trade Office").type());
        assertEquals("ORG", find(found, "Almaty Business Council").type());
        assertEquals("EVENT", find(found, "Forum on Eurasian Logistics Cooperation").type());
    }

    @Test
    void aKnownPlaceAndAnEventWordDescribeAnEventWithoutNamingIt() {
        List<Entity> found = recognizer.recognize("Delegates gathered at the Almaty Conference last week.", null);
        assertEquals("GPE", find(found, "Almaty").type());
        assertTrue(found.stream().noneMatch(e -> e.type().equals("EVENT")), found.toString());
    }

    @Test
    void whoSpeaksAndWhoHoldsAJobArePeopleWhateverTheOriginOfTheName() {
        List<Entity> found = recognizer.recognize("\u201cTrade is growing,\u201d said Aigerim Bekova, head of the customs post. "
                + "Dmitry Orlov, deputy director of the port, agreed.", null);
        assertEquals("PERSON", find(found, "Aigerim Bekova").type());
        assertEquals("PERSON", find(found, "Dmitry Orlov").type());
    }

    @Test
    void aChineseNameBetweenATitleAndAVerbOfSayingIsAPersonWithItsPinyin() {
        List<Entity> found = recognizer.recognize("喀什市文旅局局长王建华表示，中方表示欢迎。", null);
        Entity person = find(found, "王建华");
        assertEquals("PERSON", person.type());
        assertEquals("Wang Jianhua", person.canonical());
        assertTrue(found.stream().noneMatch(e -> e.text().startsWith("方")), "no anchor on the left: not a name " + found);
    }

    @Test
    void officialLongFormsOfCountriesAreTheCountry() {
        List<Entity> found = recognizer.recognize("Officials of the Russian Federation and the Kyrgyz Republic met.", null);
        assertEquals("iso3166:RU", find(found, "Russian Federation").id());
        assertEquals("GPE", find(found, "Russian Federation").type());
        assertEquals("iso3166:KG", find(found, "Kyrgyz Republic").id());
    }

    @Test
    void aPolicyOrProgrammeWordMakesAnInitiative() {
        List<Entity> found = recognizer.recognize("Firms joined the Digital Silk Road Cooperation Programme last year.", null);
        assertEquals("INITIATIVE", find(found, "Digital Silk Road Cooperation Programme").type());
    }

    @Test
    void aSubregionIsNamedByTheWordsBeforeIt() {
        List<Entity> found = recognizer.recognize("The Altai subregion is vast. Trade in the Greater Mekong Subregion grew.", null);
        assertEquals("LOC", find(found, "Altai subregion").type());
        assertEquals("LOC", find(found, "Greater Mekong Subregion").type());
    }

    @Test
    void theShortFormAtTheStartOfASentenceStillRefersBack() {
        List<Entity> found = recognizer.recognize(
                "Firms joined the Kashgar Cotton Trade Alliance in May. The Alliance will open an office in Almaty.", null);
        Entity later = find(found, "Alliance");
        assertEquals("ORG", later.type());
        assertEquals("Kashgar Cotton Trade Alliance", later.canonical());
    }

    @Test
    void aTownsNameAtTheEndOfALongerNameIsNotTheTown() {
        List<Entity> found = recognizer.recognize("Tourists walked through Heritage Old Town and then Quanzhou Licheng.", null);
        assertTrue(found.stream().noneMatch(e -> e.text().equals("Old Town")), found.toString());
        assertEquals("GPE", find(found, "Licheng").type(), "after a place's name, a place of its own");
    }
}
