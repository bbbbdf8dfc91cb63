package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDumpExtractorTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(new ArticleAssembler(new PublisherNames()));
    private static final String P1 = "The railway port handled more freight trains this year than in any year before, officials said on Monday.";
    private static final String P2 = "Traders from Kazakhstan and Uzbekistan attended the fair, which closed with agreements worth millions.";

    /** The section menu a naive dump prints before the article, one line per link. */
    private static final List<String> SITE_MENU = List.of("Home", "Politics", "Economy and Trade", "Regions", "Culture and Travel",
            "Sport results", "Opinion pieces", "Photo galleries", "Weather today", "Newsletters", "Podcasts", "About us");

    private Extraction extract(String... lines) {
        return extractor.extract(String.join("\n\n", lines), new PageMeta());
    }

    private static String reasonOf(Extraction e, String text) {
        return e.removed().stream().filter(r -> r.text().equals(text)).map(RemovedBlock::reason).findFirst().orElse("kept");
    }

    @Test
    void titleDatesAndSourceAreMetadataNotText() {
        Extraction e = extract("Freight trains set a record at the border", "Updated:2018-01-22 16:06:47",
                "Source: Chinadaily      Updated: 2018-01-19", P1, P2);
        assertEquals("Freight trains set a record at the border", e.title());
        assertEquals("2018-01-19", e.published(), "the earliest of two 'updated' dates is the publication");
        assertEquals("2018-01-22T16:06:47", e.modified());
        assertEquals("China Daily", e.source(), "publisher aliases are canonical");
        assertEquals(P1 + "\n\n" + P2, e.text());
    }

    @Test
    void repeatedTitleAndRepeatedCaptionAreRemovedOnce() {
        String caption = "This photo taken on July 26, 2023 shows trucks at the Horgos port in Xinjiang. (Xinhua/Hu Huhu)";
        Extraction e = extract("Freight trains set a record", "Freight trains set a record", caption, caption, P1, P2);
        assertEquals(List.of(caption), e.captions());
        assertEquals("duplicate", e.removed().stream().filter(r -> r.line() == 3).findFirst().orElseThrow().reason());
        assertFalse(e.text().contains("photo"));
    }

    /** About three hundred words of an article, sixteen paragraphs. */
    private static final List<String> ARTICLE = java.util.stream.IntStream.rangeClosed(1, 8)
            .mapToObj(i -> List.of(i + ". " + P1, i + ". " + P2)).flatMap(List::stream).toList();
    private static final String COMMENT_1 = "Great piece, but the article forgets that the old customs post was closed for years, and nobody mentions why.";
    private static final String COMMENT_2 = "I crossed there last spring and the queue of trucks was still several kilometres long, whatever officials say.";

    private Extraction extract(List<String> before, String... after) {
        List<String> lines = new java.util.ArrayList<>(before);
        lines.addAll(List.of(after));
        return extract(lines.toArray(String[]::new));
    }

    @Test
    void linesOfMiddlingLengthBetweenParagraphsAreTheArticlesList() {
        // list items of middling length, not sentences: alone, each reads as well as a menu entry
        String intro = "Officials listed what the new customs procedures change for drivers who cross the border every week:";
        List<String> list = List.of("Fewer paper forms to fill in at the gate for every truck", "A single inspection at the border instead of two",
                "Online payment of all fees before the truck arrives", "Priority lanes for perishable goods in the summer");
        String after = "Drivers said the changes cut their waiting time by half, although the queue still grows on Mondays.";
        List<String> lines = new java.util.ArrayList<>(List.of(P1, P2, intro));
        lines.addAll(list);
        lines.addAll(List.of(after, P1.replace("Monday", "Friday"), P2.replace("fair", "forum")));
        Extraction e = extract(lines.toArray(String[]::new));
        for (String item : list) assertEquals("kept", reasonOf(e, item), "a list between paragraphs: " + e.text());
    }

    @Test
    void readersCommentsAfterTheCommentFormAreNotTheArticle() {
        Extraction e = extract(ARTICLE, "Leave a Reply", "Alex", COMMENT_1, "Reply", "Dana", COMMENT_2, "Reply");
        assertTrue(e.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), e.text());
        assertEquals("tail", reasonOf(e, COMMENT_1), "comments are prose, but after the form the article is over");
        assertEquals("tail", reasonOf(e, COMMENT_2));
    }

    @Test
    void aMenuWhoseEntriesTheDumpGluedTogetherIsNotText() {
        // a news site's list of cities under the article, long enough to read as a paragraph
        String menu = "AdanaAdıyamanAfyonkarahisarAğrıAksarayAmasyaAnkaraAntalyaArdahanArtvinAydınBalıkesirBartınBatmanBayburtBilecikBingöl";
        List<String> lines = new java.util.ArrayList<>(ARTICLE);
        lines.add(menu);
        Extraction e = extract(lines.toArray(String[]::new));
        assertFalse(e.text().contains("Antalya"), e.text());
        assertTrue(e.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), e.text());
    }

    /** Other stories as a paper's column prints them: a headline and its lead, cut short by the site. */
    private static final List<String> TEASERS = List.of(
            "Rail freight through Khorgos doubles in a year",
            "The dry port on the Kazakh border handled twice as many containers as a year earlier, officials said on […]", // WordPress's excerpt
            "New bus line links Urumqi and Almaty",
            "Passengers can travel between the two cities in a day from next month, the operator said, adding that tickets…");

    @Test
    void aColumnOfOtherStoriesTeasersUnderTheArticleIsNotTheArticle() {
        List<String> lines = new java.util.ArrayList<>(ARTICLE);
        lines.addAll(TEASERS);
        Extraction e = extract(lines.toArray(String[]::new));
        assertTrue(e.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), e.text());
        assertEquals("tail", reasonOf(e, TEASERS.get(1)), "a lead cut short under a headline, twice: other stories");
        assertEquals("tail", reasonOf(e, TEASERS.get(3)));
    }

    @Test
    void aListingOfTeasersKeepsThemAndASingleCutShortParagraphEndsNothing() {
        List<String> listing = new java.util.ArrayList<>();
        for (String city : List.of("Kashgar", "Hotan", "Aksu", "Turpan", "Korla", "Hami", "Altay", "Yining")) {
            for (String t : TEASERS) listing.add(city + ": " + t);
        }
        Extraction index = extract(listing.toArray(String[]::new));
        assertEquals("kept", reasonOf(index, listing.get(listing.size() - 1)), "teasers from the top down are a listing's text: " + index.text());

        List<String> lines = new java.util.ArrayList<>(ARTICLE);
        lines.addAll(TEASERS.subList(0, 2));
        lines.addAll(List.of(P1.replace("Monday", "Sunday"), P2.replace("fair", "market")));
        Extraction one = extract(lines.toArray(String[]::new));
        assertEquals("kept", reasonOf(one, P2.replace("fair", "market")), "one cut-short lead is no column: " + one.text());
    }

    @Test
    void aCommenterWhoSaysOverAReplyButtonBeginsTheCommentsButASubheadingThatSaysDoesNot() {
        Extraction e = extract(ARTICLE, "Sheri says", "July 19, 2018 at 9:14 am", COMMENT_1, "Reply", "Jenny says:", COMMENT_2, "Reply");
        assertTrue(e.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), e.text());
        assertEquals("comment-form", reasonOf(e, "Sheri says"));
        assertEquals("tail", reasonOf(e, COMMENT_1), "a reader's comment: " + e.text());
        assertEquals("tail", reasonOf(e, COMMENT_2));

        Extraction subheading = extract(ARTICLE, "What the research says", COMMENT_1, COMMENT_2);
        assertEquals("kept", reasonOf(subheading, COMMENT_2), "no reply button, no comment: " + subheading.text());
    }

    @Test
    void theNextStoryAnInfiniteScrollDumpAppendsEndsTheArticleWhenItsDatelineIsPrintedAsTheArticlesOwn() {
        List<String> first = new java.util.ArrayList<>(List.of("Freight record at the border", "Publisert 06.01.2026 - 17:29"));
        first.addAll(ARTICLE);
        String nextLead = "Now it is serious: the rail operator wants to double the trains through Khorgos before the summer.";
        String[] nextStory = ARTICLE.stream().map(p -> "Meanwhile, " + p + " " + P2).toArray(String[]::new); // longer than the first
        List<String> band = List.of("Del artikkel", "Mer om", "rail freight customs border trade",
                "The border crossing reopened after the long holidays.", nextLead, "Christian Cederblad");

        List<String> page = new java.util.ArrayList<>(first);
        page.addAll(band);
        page.add("Publisert 06.01.2026 - 16:25");
        Extraction e = extract(page, nextStory);
        assertEquals("tail", reasonOf(e, nextStory[3]), "the next story: " + e.text());
        assertTrue(e.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), e.text());

        List<String> otherShape = new java.util.ArrayList<>(first);
        otherShape.addAll(band);
        otherShape.add("Oppdatert kl. 16:25");
        Extraction kept = extract(otherShape, nextStory);
        assertEquals("kept", reasonOf(kept, nextStory[3]), "a date printed otherwise is no next header: " + kept.text());
    }

    @Test
    void aThreadThatRepeatsItsCommentLinkUnderEveryPostKeepsItsPosts() {
        Extraction e = extract(ARTICLE, "Add a comment", "Answer by Alex", COMMENT_1, "Add a comment", "Answer by Dana", COMMENT_2,
                "Add a comment");
        assertTrue(e.text().contains(COMMENT_1) && e.text().contains(COMMENT_2), "a line under every post is no ending: " + e.text());
    }

    @Test
    void aRelatedBoxEndsTheArticleOnlyWhenLessTextFollowsIt() {
        String teaser = "Five things to know before you drive a truck across the border at Khorgos in winter, explained by drivers.";
        Extraction atTheEnd = extract(ARTICLE, "Related stories", teaser);
        assertEquals("tail", reasonOf(atTheEnd, teaser));
        String[] secondSection = ARTICLE.stream().map(p -> "Later, " + p).toArray(String[]::new);
        List<String> guide = new java.util.ArrayList<>(ARTICLE);
        guide.add("Related stories");
        Extraction between = extract(guide, secondSection);
        assertEquals("kept", reasonOf(between, secondSection[15]), "a box between sections of a guide: " + between.text());
    }

    @Test
    void aLeadFormUnderTheArticleEndsItWithTheChoicesOfItsMenus() {
        String promo = "Our advisers have helped hundreds of companies in the region manage their risk, from payroll to insurance.";
        Extraction e = extract(ARTICLE, "Fill out the form to get a copy of our guide.", "First Name*", "Last Name*", "Email*",
                "Industry*", "Agriculture", "Construction", "Logistics", promo);
        assertTrue(e.text().contains(ARTICLE.get(ARTICLE.size() - 1)), e.text());
        assertEquals("form", reasonOf(e, "First Name*"));
        assertEquals("tail", reasonOf(e, "Agriculture"), "a field's menu of choices is the form's");
        assertEquals("tail", reasonOf(e, promo));
    }

    @Test
    void aBandOfAdvertisingAndOtherStoriesHeadlinesEndsTheArticleButAnAdSlotBetweenParagraphsDoesNot() {
        String teaser = "Apple has shipped a bundle of security fixes with Wednesday's updates, for older versions of its systems too.";
        String[] headlines = {"iOS 8.3 ist ab sofort verfügbar", "Apple Watch: Erste Testberichte fallen ordentlich aus",
            "LG kündigt 8K-iMac an – und wieder ab"};
        // "Apple-Nachrichten" is a column's heading that no rule knows ("Meistgelesen" is a related-story heading)
        Extraction column = extract(ARTICLE, "Anzeige", "Apple-Nachrichten", headlines[0], headlines[1], headlines[2], teaser);
        assertEquals("tail", reasonOf(column, teaser), column.text());
        assertTrue(column.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), column.text());

        Extraction adSlot = extract(ARTICLE, "Advertisement", "Apple-Nachrichten", teaser);
        assertEquals("kept", reasonOf(adSlot, teaser), "an ad label without headlines: " + adSlot.text());
        Extraction list = extract(ARTICLE, "Apple-Nachrichten", headlines[0], headlines[1], headlines[2], teaser);
        assertEquals("kept", reasonOf(list, teaser), "headlines without furniture: " + list.text());
    }

    @Test
    void aLongStretchOfTagsAndHeadlinesAfterMostOfTheTextEndsItButACodeListingDoesNot() {
        String teaser = "The city council approved the new tram line on Tuesday, after two years of debate about its cost and route.";
        // a "latest" column: headlines between tags, under an advertising label (without one, the column's short lines
        // between two paragraphs read as a list of the article's, as jusText reads them: a dump cannot tell them apart)
        List<String> column = List.of("Advertisement", "Latest news from Central Asia and the Caucasus", "Granada", "Police", "Trade", "Customs",
                "Railways", "Kazakhstan", "Border crossings", "Uzbekistan", "Logistics", "Freight",
                "Opinion", "Letters", "Weather", "Readers' letters about the tram line and the new bridge");
        List<String> page = new java.util.ArrayList<>(ARTICLE);
        page.addAll(column);
        Extraction e = extract(page, teaser);
        assertEquals("tail", reasonOf(e, teaser), e.text());
        assertTrue(e.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), e.text());

        List<String> tutorial = new java.util.ArrayList<>(ARTICLE);
        tutorial.addAll(List.of("// The following variables are defined in the global scope", "const num1 = 20;", "const num2 = 3;",
                "const name = 'Chamakh';", "function multiply() {", "return num1 * num2;", "}", "console.log(multiply());",
                "function getScore() {", "const bonus = 2;", "function add() {", "return name + bonus;", "}", "return add();", "}",
                "// A nested function example, with its own scope for the variables"));
        Extraction listing = extract(tutorial, teaser);
        assertEquals("kept", reasonOf(listing, teaser), "a code listing is the tutorial's: " + listing.text());
    }

    @Test
    void anAmbiguousNumericDateIsReadDayFirstWhenAnotherLineOfThePageShowsItsLanguageWritesSo() {
        Extraction e = extract("El policía detenido junto a su familia", "02/12/2024", "Actualizado a las 20:56h.", P1, P2);
        assertEquals("2024-12-02", e.published());
        Extraction english = extract("Freight trains set a record", "02/12/2024", P1, P2);
        assertEquals(null, english.published(), "nothing on an English page says which order");
    }

    @Test
    void aDatelineWithAnEditBesideItIsThePublicationAndTheEditTheModification() {
        List<String> page = new java.util.ArrayList<>(List.of("Freight trains set a record", "5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)"));
        page.addAll(ARTICLE);
        page.addAll(List.of("Related stories", "Border crossing reopens after the storm", "4 gennaio 2025 10:00"));
        Extraction dated = extract(page.toArray(String[]::new));
        assertEquals("2025-01-05", dated.published(), "not the related story's stamped date below the text, nor the edit");
        assertEquals("2025-01-06T15:24", dated.modified());
    }

    @Test
    void siteFurnitureInSeveralLanguagesIsRemovedWithItsRule() {
        String icp = "邮箱 电话:0991-4689813 传真:0991-4689961 新ICP 备05001907号";
        String rights = "© 2024 Kazinform. Все права защищены.";
        Extraction e = extract("Freight trains set a record", P1, P2, "Leave a Reply", icp, rights, "Back To Top", "admin");
        assertEquals("comment-form", reasonOf(e, "Leave a Reply"));
        assertEquals("licence", reasonOf(e, icp));
        assertEquals("copyright", reasonOf(e, rights));
        assertEquals("navigation", reasonOf(e, "Back To Top"));
        assertEquals("cms-user", reasonOf(e, "admin"));
        assertEquals(P1 + "\n\n" + P2, e.text());
    }

    @Test
    void aNewsSentenceAboutHostingAnEventIsNotASiteOperatorLine() {
        String news = "本次论坛由新疆维吾尔自治区人民政府主办，来自中亚五国的代表出席了会议。";
        Extraction e = extract("论坛在乌鲁木齐开幕", news, "与会代表就贸易、交通和能源合作进行了深入交流，并签署了多项合作协议。");
        assertTrue(e.text().contains(news));
    }

    @Test
    void aGuidesQuestionsAndListBetweenTwoParagraphsAreText() {
        List<String> list = List.of("Ask yourselves:", "Elegant or rustic?", "Black-tie or modern barn?", "Photography/Videography");
        String shortParagraph = "Even a rough headcount helps to decide the size of the venue and the catering.";
        List<String> lines = new java.util.ArrayList<>(List.of("Plan the day in twelve months", P1, P2));
        lines.addAll(list);
        // the paragraph under the list has a subheading, not a paragraph, on its far side
        lines.addAll(List.of(shortParagraph, "Book your venue early", ARTICLE.get(2), ARTICLE.get(3)));
        Extraction e = extract(lines.toArray(String[]::new));
        for (String item : list) assertTrue(e.text().contains(item), item + " is " + reasonOf(e, item));
        assertTrue(e.text().contains(shortParagraph));
    }

    @Test
    void aTableUnderItsCaptionAndCreditBetweenTwoParagraphsIsText() {
        List<String> rows = List.of("Date | Trains through the port", "2/1/2023 | 1,204", "3/1/2023 | 1,187", "4/1/2023 | 1,310",
                "5/1/2023 | 1,402");
        List<String> lines = new java.util.ArrayList<>(List.of("Freight trains set a record at the border", P1, P2,
                "Trains through the port over time", "More trains crossed every month of the year",
                "Source: customs statistics | Photo: Xinhua", "Data: Freight trains through the port, 2023"));
        lines.addAll(rows);
        lines.addAll(List.of(ARTICLE.get(4), ARTICLE.get(2), ARTICLE.get(3)));
        Extraction e = extract(lines.toArray(String[]::new));
        assertFalse(e.text().contains("Source: customs statistics"), "the source line is metadata: " + e.text());
        for (String row : rows.subList(1, rows.size())) assertTrue(e.text().contains(row), row + " is " + reasonOf(e, row));
    }

    @Test
    void aTablesHeaderRowIsNoBreadcrumbAndItsFirstDatedRowNoDateline() {
        List<String> lines = new java.util.ArrayList<>(List.of("Freight trains set a record at the border", P1, P2,
                "Month | Trains through the port", "1/1/2013 | 1,204", "2/1/2013 | 1,187", "3/1/2013 | 1,310", "4/1/2013 | 1,402"));
        lines.addAll(ARTICLE.subList(2, 6));
        Extraction e = extract(lines.toArray(String[]::new));
        assertNull(e.published(), "a row of the table is not the page's date: " + e.published());
        assertNull(e.section(), "its header row is not a breadcrumb: " + e.section());
        assertTrue(e.text().contains("Month | Trains through the port") && e.text().contains("1/1/2013 | 1,204"), e.text());
    }

    @Test
    void aParagraphPrintedAsWrappedLinesIsOneParagraphButAColumnOfHeadlinesIsNot() {
        // a dump prints one line per line of the <pre> block, with no blank line between them
        Extraction mail = extractor.extract(String.join("\n", "Subject: a first look at the new port", ARTICLE.get(0),
                "At the end of September we got the first freight train through, and I",
                "grabbed all of the customs code and started working on it. The port",
                "maintainer has a very good foundation of code, which has saved us months",
                "of time. Now, after a lot of work, the trains cross in a single day.",
                ARTICLE.get(1), ARTICLE.get(2)), new PageMeta());
        assertTrue(mail.text().contains("and I grabbed all of the customs code and started working on it. The port maintainer has"),
                "the wrapped lines are one paragraph: " + mail.text());
        String[] headlines = {"Freight trains set a record at the border this year", "Customs officers cut the waiting time to hours",
            "Traders from Central Asia sign agreements at the fair"};
        Extraction column = extractor.extract(String.join("\n", ARTICLE.get(0), headlines[0], headlines[1], headlines[2], ARTICLE.get(1)),
                new PageMeta());
        assertTrue(column.removed().stream().anyMatch(b -> b.text().equals(headlines[1])) || column.text().contains(headlines[1] + "\n"),
                "each headline stays a line of its own: " + column.removed());
    }

    @Test
    void aTableUnderTheLastParagraphIsTheArticlesNotItsTail() {
        List<String> rows = List.of("Port | Trains | Waiting time", "Khorgos | 1,204 | 6 hours", "Dostyk | 987 | 9 hours",
                "Altynkol | 1,310 | 4 hours");
        List<String> lines = new java.util.ArrayList<>(ARTICLE);
        lines.add("Here is how the crossings compare, in trains a month and hours of waiting at the border:");
        lines.addAll(rows);
        lines.addAll(List.of("Contact us", "About us", "Privacy policy"));
        Extraction e = extract(lines.toArray(String[]::new));
        for (String row : rows) assertTrue(e.text().contains(row), row + " is " + reasonOf(e, row));
        assertFalse(e.text().contains("Privacy policy"), e.text());
    }

    @Test
    void aMenuPrintedAsOneLongLineIsNotWhereTheTextStarts() {
        String menu = "Solidbody Guitars Semi-hollowbody Guitars Hollowbody Guitars Baritone Guitars Kids Electric Guitars"
                + " View All Electric Guitars Acoustic Guitars Classical Guitars Resonator Guitars";
        String menu2 = "Guitar Amps Guitar Pedals Pedalboards Power Supplies Folk Instruments Ukuleles Guitar Bodies"
                + " Electric Guitar Strings Acoustic Guitar Strings View All Accessories";
        List<String> lines = new java.util.ArrayList<>(List.of(menu, "Shop by brand", menu2, "Sale", "Gift cards",
                "Add to Cart", "Add to list", "Back to navigation", "The Prized Microphone Gets a Major Upgrade"));
        lines.addAll(ARTICLE.subList(0, 6));
        Extraction e = extract(lines.toArray(String[]::new));
        assertFalse(e.text().contains("Semi-hollowbody") || e.text().contains("Ukuleles"), e.text());
        assertTrue(e.text().contains(ARTICLE.get(0)), e.text());
    }

    @Test
    void aConsentManagersPanelAfterTheArticleEndsIt() {
        String notice = "These technologies are necessary for the website to function and cannot be disabled in our systems at all.";
        List<String> titled = new java.util.ArrayList<>(List.of("Freight trains set a record at the border"));
        titled.addAll(ARTICLE);
        Extraction e = extract(titled, "Privacy Preference Center", notice, "Manage Consent Preferences", "Strictly Necessary Cookies",
                "Always Active", "They are usually only set in response to actions made by you, such as setting your privacy preferences.",
                "Confirm My Choices");
        assertEquals(String.join("\n\n", ARTICLE), e.text());
        assertEquals("cookie", reasonOf(e, "Privacy Preference Center"));
    }

    @Test
    void aHindiArticlesShortSentencesAreTextAsAnEnglishArticlesAre() {
        List<String> paragraphs = List.of("समस्तीपुर पुलिस ने शनिवार को दो बदमाशों को गिरफ्तार किया है।",
                "दोनों के पास से चोरी के गहने और एक मोटरसाइकिल बरामद हुई है।",
                "एएसपी ने बताया कि दोनों पर पहले से कई मामले दर्ज हैं।",
                "पुलिस अब उनके बाकी साथियों की तलाश कर रही है।");
        List<String> lines = new java.util.ArrayList<>(List.of("होम", "देश", "विदेश", "खेल", "मनोरंजन", "समस्तीपुर पुलिस ने दो बदमाशों को पकड़ा"));
        lines.addAll(paragraphs);
        lines.addAll(List.of("ऐप खोलें", "होम", "देश"));
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals(String.join("\n\n", paragraphs), e.text());
    }

    @Test
    void breadcrumbNamesTheSectionAndSubtitleFollowsTheTitle() {
        Extraction e = extract("SOURCE / ECONOMY", "Conference on Altai cooperation held", "Altai nations forge stronger ties",
                P1, P2);
        assertEquals("Economy", e.section());
        assertEquals("Altai nations forge stronger ties", e.subtitle());
        assertEquals(P1 + "\n\n" + P2, e.text());
    }

    @Test
    void inADumpThatOpensWithTheWholeMenuTheTitleIsTheHeadingAboveTheText() {
        List<String> lines = new java.util.ArrayList<>(List.of("Border News Online", "Search the site", "Open the main menu"));
        lines.addAll(SITE_MENU);
        lines.addAll(List.of("HomeEconomyFreight trains set a new record at the Khorgos border",
                "Freight trains set a new record at the Khorgos border", "Aigerim Bekova",
                "Photo: Border News", "Containers wait at the dry port of Khorgos.", P1, P2));
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals("Freight trains set a new record at the Khorgos border", e.title(),
                "not a menu line from the top, nor the photo credit under the title");
        assertEquals(P1 + "\n\n" + P2, e.text());
    }

    @Test
    void theDateByTheTitleIsThePublicationNotAnOlderDateElsewhereOnThePage() {
        List<String> lines = new java.util.ArrayList<>(List.of("Border News Online", "Most read"));
        lines.addAll(List.of("Customs rules change at the crossing", "12.03.2021", "Cotton prices in the valley", "05.11.2020"));
        lines.addAll(SITE_MENU);
        lines.addAll(List.of("Freight trains set a new record at the Khorgos border", "28.04.2023, 19:09", P1, P2));
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals("2023-04-28T19:09", e.published(), "the earliest date on the page is a related story's");
    }

    @Test
    void withNoDateByTheTitleADatelineWithATimeBeatsAnOlderDateInAHeadline() {
        List<String> lines = new java.util.ArrayList<>(List.of("Border News Online", "Freight trains set a new record at the Khorgos border"));
        lines.addAll(List.of(P1, P2));
        lines.addAll(SITE_MENU);
        lines.addAll(List.of("Brussels - 15 Oct 2024 - 08:22", "Summary of the talks of 14/10/2024", "Cotton prices 12.03.2021"));
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals("2024-10-15T08:22", e.published());
    }

    @Test
    void ofUnlabelledDatelinesTheOneNearestTheTextIsThePublicationNotTheEarliest() {
        // the dump opens on the site's name and its "most read" box, each story with its date
        Extraction e = extract("Border News Online", "Most read", "Cotton prices fall in the valley", "03.10.2024, 11:00",
                "Customs rules change at the crossing", "01.10.2024, 09:30", "15 Oct 2024 - 08:22", P1, P2);
        assertEquals("2024-10-15T08:22", e.published(), "the earlier dates are other stories'");
    }

    @Test
    void theDateOnTheAuthorsLineIsThePublicationNotTheTeasersDatesAroundTheTitle() {
        // a column of dated teasers stands right under the title, the signed dateline further down
        Extraction e = extract("Freight trains set a record at the border", "1 mars 2019 à 13:38", P1,
                "Les douanes changent leurs règles au poste-frontière", "28 février 2019 à 17:56", P2,
                "Par Jeanne Martin et Paul Durand — 24 novembre 2017 à 18:42", P1.replace("Monday", "Tuesday"));
        assertEquals("2017-11-24T18:42", e.published(), "the teasers' dates are not signed");
        assertEquals(List.of("Jeanne Martin", "Paul Durand"), e.byline(), "two authors, joined by the French 'et'");

        // a signed teaser after the article's end is a related story's
        Extraction related = extract("Freight trains set a record at the border", "15 Oct 2024 - 08:22", P1, P2,
                P1.replace("Monday", "Tuesday"), "Lesen Sie auch", "Zollregeln an der Grenze", "14.10.24 | Wirtschaft | Von Stefan Berg |");
        assertEquals("2024-10-15T08:22", related.published());
    }

    @Test
    void aColumnOfJapaneseHeadlinesAfterTheArticleIsNotText() {
        String p1 = "カザフスタンと中国の国境にある鉄道の港では、今年、過去のどの年よりも多くの貨物列車が通過したと当局者が月曜日に明らかにした。";
        String p2 = "見本市にはウズベキスタンやキルギスの商人も参加し、数百万ドル規模の契約が結ばれて閉幕した。税関の手続きも簡素化された。";
        String p3 = "税関当局によると、新しい手続きによって国境での待ち時間は二日から数時間に短縮され、運送会社の負担も大きく減ったという。";
        Extraction e = extract("国境の鉄道港、貨物列車が過去最多に", "2024年3月4日 8:15", p1, p2, p3,
                "フジテレビ問題でスポーツ界にも大激震！協賛企業が総スカンで各競技団体のビジネスモデル崩壊へ",
                "山川穂高の騒動を暗示していた？ 昨年放送の珍プレー好プレー大賞の意味深なシーンとは",
                "盗まれて韓国に密輸された菩薩像が十三年ぶりに返還へ、長崎の観音寺の前住職が語る思い");
        assertTrue(e.text().contains(p3), e.text());
        // (the line touching the text is smoothed into it, as any middling line beside text is)
        assertFalse(e.text().contains("山川穂高") || e.text().contains("菩薩像"), "headlines, not the article: " + e.text());
    }

    @Test
    void onADiscussionACommentsHeadingDoesNotEndTheText() {
        List<String> lines = new java.util.ArrayList<>(List.of("How long does the border crossing take?"));
        lines.addAll(ARTICLE);
        lines.add("Comments");
        lines.add("Reply 1: I crossed there last spring and the customs check took less than an hour, so plan for that.");
        String dump = String.join("\n\n", lines);
        assertFalse(extractor.extract(dump, new PageMeta()).text().contains("Reply 1"), "an article's comments");
        PageMeta thread = new PageMeta();
        thread.discussion = true;
        assertTrue(extractor.extract(dump, thread).text().contains("Reply 1"), "a thread's replies are its text");
    }

    @Test
    void aDumpOfAProductGridKeepsItsNamesRatherThanComingOutEmpty() {
        List<String> lines = new java.util.ArrayList<>(SITE_MENU);
        lines.add("Lodge Cast Iron");
        for (String name : List.of("12 inch cast iron skillet", "Cast iron skillet 9 inch", "Square cast iron grill pan", "Cast iron lid 9 inch")) {
            lines.add("LODGE " + name.toUpperCase(java.util.Locale.ROOT));
            lines.add("$39.99 USD");
        }
        Extraction e = extract(lines);
        assertTrue(e.text().contains("SQUARE CAST IRON GRILL PAN"), "the grid is the page: " + e.text());
        assertFalse(e.text().contains("Photo galleries"), "short menu words stay out: " + e.text());
    }

    @Test
    void aGridUnderAHeadingThatCallsItRelatedStaysOutButAShopsSortedGridComesBack() {
        List<String> product = List.of("Cast iron skillet, 12 inch",
                "Seasoned with oil and ready to use, this skillet holds heat evenly for searing, baking and frying at any heat.");
        for (String heading : List.of("More like this", "Most Popular")) {
            List<String> lines = new java.util.ArrayList<>(SITE_MENU);
            lines.addAll(product);
            lines.add(heading);
            for (String name : List.of("Cast iron skillet 9 inch", "Square cast iron grill pan", "Cast iron lid 9 inch", "Cast iron dutch oven")) {
                lines.add("LODGE " + name.toUpperCase(java.util.Locale.ROOT));
                lines.add("$39.99 USD");
            }
            Extraction e = extract(lines);
            assertTrue(e.text().contains("holds heat evenly"), "the product's description: " + e.text());
            if (heading.equals("More like this")) {
                assertFalse(e.text().contains("SQUARE CAST IRON GRILL PAN"), "the shop's recommendations: " + e.text());
            } else {
                assertTrue(e.text().contains("SQUARE CAST IRON GRILL PAN"), "a sorted grid of the shop's own: " + e.text());
            }
        }
    }

    @Test
    void aTitlePrintedAgainRightAboveTheTextIsTheTitleThoughItsFirstCopyIsFarUp() {
        String title = "Freight trains set a new record at the Khorgos border";
        Extraction e = extract(SITE_MENU, title, "Share article", "Facebook Twitter", "Advertisement", "Share article",
                "Facebook Twitter", "Like this", "Sport results", "Photo galleries", "Weather today", "Podcasts", "About us",
                title, "Jane Miller", P1, P2);
        assertEquals(title, e.title());
    }

    @Test
    void aLineClosingOnAPhotoCreditIsACaptionInAnyLanguage() {
        String de = "Der Sieger beim Zieleinlauf in der Altstadt. Foto: Alexander Daleiden";
        String agency = "Containerzüge warten am Grenzbahnhof Chorgos Getty Images/Juanmonino";
        String ja = "国境の駅で待つ貨物列車＝１３日午後１０時３１分（代表撮影）";
        Extraction e = extract("Freight trains set a new record at the Khorgos border", de, P1, agency, P2, ja);
        assertEquals(P1 + "\n\n" + P2, e.text());
        assertTrue(e.captions().containsAll(List.of(de, agency)), e.captions().toString());
    }

    @Test
    void paywallPromptsAreFurnitureButNewsAboutSubscribersIsText() {
        String prompt = "Jetzt abonnieren und von der Vorlesefunktion profitieren.";
        String ja = "この記事は会員限定です。";
        String news = "The streaming service said its subscribers in Central Asia doubled last year, reaching two million households.";
        Extraction e = extract("Freight trains set a new record at the Khorgos border", P1, prompt, news, ja, P2);
        assertEquals("paywall", reasonOf(e, prompt));
        assertEquals("paywall", reasonOf(e, ja));
        assertTrue(e.text().contains(news));
    }

    /** The article of the title tests: eight paragraphs that speak of freight trains at Horgos. */
    private static final List<String> HORGOS_STORY = java.util.stream.IntStream.rangeClosed(1, 4)
            .mapToObj(i -> List.of("Freight trains crossing at Horgos carried " + i + "0 percent more cargo in the quarter, " + P1,
                    "The Horgos dry port, on the border with Kazakhstan, has " + i + " new tracks for the trains. " + P2))
            .flatMap(List::stream).toList();

    @Test
    void theTitleIsTheHeadlineOverTheArticleEvenWithTheToolbarBetween() {
        List<String> lines = new java.util.ArrayList<>(SITE_MENU);
        // a scraper's dump prints the page's buttons between the headline and the text
        lines.addAll(List.of("Horgos freight trains set a record as the border port grows", "2024-05-03 10:15",
                "Save", "Saved articles are for members", "About saving", "Register", "Log in", "Write a note", "Close",
                "Up to 400 characters", "Cancel", "Done", "Your note was saved", "Share", "Print"));
        lines.addAll(HORGOS_STORY);
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals("Horgos freight trains set a record as the border port grows", e.title());
        assertEquals("2024-05-03T10:15", e.published());
        assertEquals(String.join("\n\n", HORGOS_STORY), e.text());
    }

    @Test
    void aTeaserForAnotherStoryAboveTheArticleIsNeitherItsTitleNorItsText() {
        String teaser = "Snow closes the mountain pass for a week";
        String teaserLead = "Drivers waited for days at the mountain pass as the road service cleared the snow, the regional government said.";
        List<String> lines = new java.util.ArrayList<>(List.of("Home", "Regions", teaser, teaserLead, "Horgos freight trains set a record as the border port grows",
                "By Li Wei", "2024-05-03 10:15"));
        lines.addAll(HORGOS_STORY);
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals("Horgos freight trains set a record as the border port grows", e.title());
        assertFalse(e.text().contains("mountain pass"), e.text());
        assertTrue(e.text().startsWith(HORGOS_STORY.get(0)), e.text());
    }

    @Test
    void aCaptionOverTheTextIsNotTheTitle() {
        String caption = "Freight trains crossing at Horgos wait on the new tracks of the dry port. Photo: Xinhua";
        List<String> lines = new java.util.ArrayList<>(SITE_MENU);
        lines.addAll(List.of("Horgos freight trains set a record as the border port grows", "By Li Wei", caption));
        lines.addAll(HORGOS_STORY);
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals("Horgos freight trains set a record as the border port grows", e.title());
        assertEquals(List.of(caption), e.captions());
    }

    @Test
    void aSubheadingBetweenParagraphsIsNotTheTitle() {
        List<String> lines = new java.util.ArrayList<>(HORGOS_STORY);
        lines.add(4, "Three things change for drivers this summer");
        Extraction e = extract(lines.toArray(String[]::new));
        assertNotEquals("Three things change for drivers this summer", e.title());
        assertTrue(e.text().contains("Three things change for drivers this summer"));
    }

    /** A Japanese news article of about four hundred characters, in sentences. */
    private static final List<String> JAPANESE_STORY = java.util.stream.IntStream.rangeClosed(1, 4)
            .mapToObj(i -> "ホルゴス港を通過した貨物列車は第" + i + "四半期に前年より大幅に増え、国境の乾港では新しい線路が"
                    + i + "本開通した。当局によると、カザフスタンとの貿易は今年も拡大を続けており、物流企業は輸送能力の増強を急いでいる。")
            .toList();

    @Test
    void aColumnOfOtherStoriesHeadlinesEndsACjkArticleThoughProseFollows() {
        List<String> lines = new java.util.ArrayList<>(List.of("国際ニュース", "ホルゴス港の貨物列車が過去最多に　国境の乾港で線路拡張", "2024/12/03 23:17"));
        lines.addAll(JAPANESE_STORY);
        lines.addAll(List.of("主要ニュース", "外国為替市場で円が一時急伸　各国の金融政策に注目集まる", "2024/12/03 23:58",
                "難病の原因となるたんぱく質を解明　研究所が新たな治療法に期待", "2024/12/03 22:53",
                "南シナ海で新たな基線を設定、海図を国連に提出へ", "2024/12/03 22:17",
                "知事がかわいがった猫が死ぬ　贈り物として話題に", "2024/12/03 20:16",
                "送電塔３基が倒れる　４年前まで稼働していた設備か", "2024/12/03 21:11",
                "首相が各国首脳と握手　国際会議で着席のまま対応", "2024/12/03 20:10",
                "大株主のファンドが前経営陣の提訴を求める　損害賠償額は巨額に", "2024/12/03 19:55"));
        // the publisher's other sites, each with a sentence: long prose, more of it than the article
        List<String> directory = java.util.stream.IntStream.rangeClosed(1, 8)
                .mapToObj(i -> "読売グループが運営する第" + i + "のサイトです。暮らしに役立つ情報や話題のニュースを毎日わかりやすく紹介しています。")
                .toList();
        lines.addAll(directory);
        Extraction e = extract(lines.toArray(String[]::new));
        assertEquals("ホルゴス港の貨物列車が過去最多に 国境の乾港で線路拡張", e.title(), "the ideographic space tidied");
        assertTrue(e.text().startsWith(String.join("\n\n", JAPANESE_STORY)), e.text());
        // the column's first headline, right under the last paragraph, still passes for text (smoothing); the rest does not
        assertFalse(e.text().contains("送電塔"), e.text());
        assertFalse(e.text().contains("読売グループ"), "the prose after the column: " + e.text());
    }

    @Test
    void aBlogWrittenInUnstoppedPhrasesKeepsThemAll() {
        List<String> phrases = List.of("玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達營地",
                "美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所愛", "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌",
                "來到現場已是落葉飄飄堆疊滿地 不時隨著風吹雨襲而葉落垂地", "不忍踩過剛剛掉落的樹葉 沿著前人足跡踏痕輕踩而行",
                "雖然只是一廂情願的想法 終究還是不可避免地將會化為塵土", "葉落繽紛顯得幾分蕭瑟氣息 空氣中可以嗅得出來依然瀰漫著濕寒水氣",
                "偶而還會飄下來一些霧氣水滴 不時張望尋找最佳楓葉主題", "外拍的攝影班學員一堆早已不時穿梭其間 各自努力地找尋最好的角度",
                "雨水洗塵後的枝頭固然掉落些葉片 是否也洗去塵勞憂傷", "有如小說偵探一般 不放過蛛絲馬跡地用力尋尋覓覓找尋最美角度",
                "早上從台北出門之際還是小雨不斷 細雨紛飛來到此地雖雨已停");
        String paragraph = "每年十二月向來是攝影班外拍的絕佳場所之一，楓紅期間入園費五十元，園區給愛攝一族淨空場景，反而不影響拍照畫面與動線。";
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) lines.add(paragraph.replace("十二", String.valueOf(i + 10)));
        lines.addAll(phrases);
        for (int i = 0; i < 4; i++) lines.add(paragraph.replace("五十", String.valueOf(i + 60)));
        Extraction e = extract(lines.toArray(String[]::new));
        for (String phrase : phrases) assertTrue(e.text().contains(phrase), phrase + " in " + e.text());
    }

    /** A shop's category page: the shop's policy is the only prose, and the products are cards of a name and a price. */
    private static final String POLICY = "As an authorized dealer we are bound by agreements with the makers on how we show and price their products, "
            + "so some items can only be ordered by calling our sales team.";

    private static List<String> candleGrid(int cards) {
        return ShopCards.namesAndPrices("Spring Bunny Lemon Blossom Glass Candle No.", ".40", cards);
    }

    @Test
    void aShopsGridOfProductCardsIsTheCategoryPagesText() {
        List<String> page = new java.util.ArrayList<>(SITE_MENU);
        page.add("Sort by");
        page.addAll(candleGrid(12));
        page.add(POLICY);
        page.addAll(List.of("Contact us", "Shipping", "Returns"));
        Extraction e = extract(page.toArray(String[]::new));
        assertTrue(e.text().contains("Spring Bunny Lemon Blossom Glass Candle No. 1\n\n$21.40"), e.text());
        assertTrue(e.text().contains("$32.40"), "the last card's price");
        assertTrue(e.text().contains(POLICY));
        assertEquals("header", reasonOf(e, "Opinion pieces"), "the menu above the grid is still the header");
    }

    @Test
    void aFewProductCardsUnderAnArticleAreNotItsText() {
        List<String> page = new java.util.ArrayList<>(ARTICLE);
        page.add("Shop the story");
        page.addAll(candleGrid(5));
        Extraction e = extract(page.toArray(String[]::new));
        assertFalse(e.text().contains("Glass Candle"), "five cards hold far less than the article: they are its tail");
        assertTrue(e.text().endsWith("8. " + P2));
    }

    @Test
    void aSubscribeButtonUnderALeadInDoesNotEndTheArticle() {
        String leadIn = "Here is what happens when the cargo reaches the border:";
        String after = "The customs officers scan every container within the hour, and the train leaves the same evening.";
        List<String> page = new java.util.ArrayList<>(ARTICLE);
        page.addAll(List.of(leadIn, "Subscribe now", "1. Your Freight Is Scanned at the Gate", after, "A second check follows at the next station."));
        Extraction e = extract(page.toArray(String[]::new));
        assertTrue(e.text().contains(after), "the article announced more: the button stands inside it\n" + e.text());
        assertEquals("subscribe", reasonOf(e, "Subscribe now"), "the button itself is still left out");

        List<String> ended = new java.util.ArrayList<>(ARTICLE);
        ended.addAll(List.of("Subscribe now", "1. Your Freight Is Scanned at the Gate", after, "A second check follows at the next station."));
        assertFalse(extract(ended.toArray(String[]::new)).text().contains(after), "without the lead-in, the band ends the article");
        ended.add(ARTICLE.size(), "Article Categories:");
        assertFalse(extract(ended.toArray(String[]::new)).text().contains(after), "a label is no lead-in");
    }

    @Test
    void customerReviewsUnderAProductAreNotItsText() {
        String review = "Not what I expected from this brand. The straps wore through after a season of weekend hikes, and the zip stuck twice.";
        List<String> page = new java.util.ArrayList<>(ARTICLE);
        page.addAll(List.of("Customer Reviews", "Most Helpful Critical Review", review, "12 people found this review helpful",
                "No, I do not recommend this product"));
        Extraction e = extract(page.toArray(String[]::new));
        assertFalse(e.text().contains("straps wore through"), "a customer's review: " + e.text());
        assertEquals("review", reasonOf(e, "12 people found this review helpful"));
        assertTrue(e.text().endsWith("8. " + P2), e.text());
    }

    /** A recipe index's entries as a dump prints them: headline-shaped lines, no links, no sentences. */
    private static final List<String> RECIPES = List.of("Slow-Cooker Lamb Plov With Carrots", "Uyghur Hand-Pulled Laghman Noodles",
            "Baked Samsa With Onion and Cumin", "Kazakh Beshbarmak for a Crowd", "Quick Tomato and Pepper Lagman Sauce",
            "Crispy Fried Manti With Yogurt", "Apricot and Walnut Breakfast Porridge", "Grilled Lamb Kebabs on Skewers",
            "Steamed Pumpkin Dumplings With Dill", "Flatbread From a Home Tandoor Oven", "Green Radish Salad With Sesame",
            "Spiced Milk Tea the Kazakh Way");
    private static final String RECIPES_INTRO = "Our dinner recipes come from kitchens across Central Asia, from the bazaars of Kashgar to Almaty.";

    @Test
    void aLongRunOfHeadlineShapedLinesOnAPageOfLittleProseIsAListingsText() {
        List<String> page = new java.util.ArrayList<>(SITE_MENU);
        page.add(RECIPES_INTRO);
        page.addAll(RECIPES);
        Extraction index = extract(page.toArray(String[]::new));
        for (String recipe : RECIPES) assertEquals("kept", reasonOf(index, recipe), "a listing's entry: " + index.text());

        List<String> fewer = new java.util.ArrayList<>(SITE_MENU);
        fewer.add(RECIPES_INTRO);
        fewer.addAll(RECIPES.subList(0, 5));
        Extraction box = extract(fewer.toArray(String[]::new));
        assertNotEquals("kept", reasonOf(box, RECIPES.get(4)), "five such lines may be a menu's longer entries: " + box.text());
    }

    @Test
    void aCodeListingsRepeatedLinesAreItsOwnNotDuplicates() {
        List<String> css = List.of(".card {", "display: flex;", "margin: 10px;", "}", ".menu {", "display: flex;", "margin: 10px;", "}");
        List<String> page = new java.util.ArrayList<>(ARTICLE.subList(0, 8));
        page.addAll(css);
        page.addAll(ARTICLE.subList(8, ARTICLE.size()));
        page.add(ARTICLE.get(3));
        Extraction e = extract(page.toArray(String[]::new));
        assertEquals(2, e.text().split("display: flex;", -1).length - 1, "both rules of the listing: " + e.text());
        assertEquals(1, e.text().split(java.util.regex.Pattern.quote(ARTICLE.get(3)), -1).length - 1, "a paragraph printed twice is text once");
        assertEquals("duplicate", reasonOf(e, ARTICLE.get(3)));
    }

    @Test
    void aTableOfContentsIsRemovedAndTheHeadingsItRepeatsAreKept() {
        List<String> headings = List.of("Why the border matters", "What the traders signed", "How customs changed");
        List<String> lines = new java.util.ArrayList<>(List.of("Freight trains set a record at the border", ARTICLE.get(10), "In this article"));
        lines.addAll(headings);
        for (int i = 0; i < headings.size(); i++) lines.addAll(List.of(headings.get(i), ARTICLE.get(2 * i), ARTICLE.get(2 * i + 1)));
        Extraction e = extract(lines.toArray(String[]::new));
        for (String h : headings) {
            assertEquals(1, e.text().split(java.util.regex.Pattern.quote(h), -1).length - 1, "a heading, once: " + e.text());
            assertTrue(e.text().contains(h + "\n\n" + ARTICLE.get(headings.indexOf(h) * 2)), "above its section: " + e.text());
        }
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("navigation:table-of-contents") && r.text().equals(headings.get(0))),
                e.removed().toString());

        // the site's menu printed again in its footer has no text under its repeats: no table of contents, and out
        List<String> menu = List.of("Politics and Power", "Economy and Trade", "Regional News", "Culture and Travel");
        List<String> page = new java.util.ArrayList<>(menu);
        page.add("Freight trains set a record at the border");
        page.addAll(ARTICLE);
        for (String entry : menu) page.addAll(List.of(entry, "·")); // apart, as a table's headings are
        Extraction footer = extract(page.toArray(String[]::new));
        for (String entry : menu) assertFalse(footer.text().contains(entry), "a menu entry: " + footer.text());
        assertTrue(footer.removed().stream().noneMatch(r -> r.rule().equals("navigation:table-of-contents")), footer.removed().toString());
    }

    /** A footer's mega-menu: the site's sections, each over a sentence that describes it. */
    private static final List<String> MEGA_MENU = List.of(
            "Products", "Cloud storage that keeps every file of your team safe and close at hand.",
            "Solutions", "Tools that help retailers plan their stock for every season of the year.",
            "Support", "Answers from our engineers, day and night, in twelve different languages.",
            "Company", "Founded by two engineers in a garage, we now serve clients in forty countries.",
            "Careers", "Join a team that ships software used by millions of people around the world.");

    @Test
    void aMegaMenuOfDescriptionsUnderTheArticleIsNotItsText() {
        List<String> lines = new java.util.ArrayList<>(List.of("Freight trains set a record at the border"));
        lines.addAll(ARTICLE);
        lines.addAll(MEGA_MENU);
        Extraction e = extract(lines.toArray(String[]::new));
        assertTrue(e.text().endsWith(ARTICLE.get(ARTICLE.size() - 1)), e.text());
        for (int i = 1; i < MEGA_MENU.size(); i += 2) assertEquals("tail", reasonOf(e, MEGA_MENU.get(i)), e.text());
    }
}
