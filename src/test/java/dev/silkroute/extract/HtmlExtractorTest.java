package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The HTML cascade on small hand-written pages: what is kept, what is removed, and why. */
class HtmlExtractorTest {
    private final PublisherNames publishers = new PublisherNames();
    private final HtmlExtractor extractor = new HtmlExtractor(new ArticleAssembler(publishers), new HtmlMetadata(publishers));

    private static final String P1 = "The railway port handled more freight trains this year than in any year before, officials said on Monday.";
    private static final String P2 = "Traders from Kazakhstan and Uzbekistan attended the fair, which closed with agreements worth millions.";
    private static final String P3 = "Customs officers said the new procedures cut the waiting time at the border from two days to a few hours.";

    /** A page of site Example News with a JSON-LD NewsArticle (its fields given) and the two paragraphs. */
    private static String newsArticle(String title, String jsonLdFields, String beforeArticle) {
        return "<html><head><title>" + title + "</title><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + jsonLdFields + "}</script><meta property='og:site_name' content='Example News'></head><body>" + beforeArticle
                + "<article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    }

    /** A news site's story page: it declares itself an article, as news pages do. */
    private Extraction extract(String body) {
        return extractor.extract("<html><head><title>Freight record at the border | Example News</title>"
                + "<meta property='og:type' content='article'></head><body>" + body
                + "</body></html>", "https://news.example.com/2024/03/freight.html", new PageMeta());
    }

    @Test
    void navigationScriptsFootersAndShareBarsAreCleanedAway() {
        Extraction e = extract("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><script>var x = 'Not text';</script>"
                + "<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div><p>" + P3 + "</p></article>"
                + "<footer>Copyright 2024 Example News. All rights reserved.</footer>");
        String text = e.text();
        assertTrue(text.contains(P1) && text.contains(P2) && text.contains(P3), text);
        assertFalse(text.contains("Home") || text.contains("Not text") || text.contains("Share on") || text.contains("Copyright"), text);
        assertEquals("Freight record at the border", e.title(), "the site name is cut from the title");
        assertFalse(text.contains("Freight record at the border"), "the title is metadata, not text");
    }

    @Test
    void whatTheCleanUpRemovesIsInTheLedgerWithItsRuleAndPlace() {
        Extraction e = extract("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<article><p>" + P1 + "</p><div class='share-bar'><a href='#'>Share on Facebook</a></div><p>" + P2 + "</p>"
                + "<p>Tags: <span style='display:none'>Hidden label</span> freight</p></article>"
                + "<footer>Copyright 2024 Example News. All rights reserved.</footer>");
        java.util.List<String> ledger = e.removed().stream().map(r -> r.rule() + " " + r.text()).toList();
        assertEquals(java.util.List.of("markup:nav Home World", "markup:class-share Share on Facebook", "markup:hidden Hidden label",
                "markup:page-footer Copyright 2024 Example News. All rights reserved."),
                ledger.stream().filter(r -> r.startsWith("markup:")).toList(), "in page order: " + ledger);
        int shareBar = e.removed().stream().filter(r -> r.rule().equals("markup:class-share")).findFirst().orElseThrow().line();
        int p1 = e.body().stream().filter(b -> b.text().equals(P1)).findFirst().orElseThrow().line();
        int p2 = e.body().stream().filter(b -> b.text().equals(P2)).findFirst().orElseThrow().line();
        assertTrue(p1 < shareBar && shareBar < p2, "the share bar stood between the paragraphs: " + p1 + " " + shareBar + " " + p2);
    }

    @Test
    void aHiddenTabPanelIsThePagesEvenWhenItIsNoProseButAHiddenMenuIsNot() {
        Extraction e = extract("<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='tab-pane' style='display:none'><ul><li>Gauge: 1520 mm</li><li>Length: 850 m</li><li>Axle load: 25 t</li></ul></div>"
                + "<ul style='display:none'><li><a href='/world'>World</a></li><li><a href='/sport'>Sport</a></li></ul></article>");
        assertTrue(e.text().contains("Gauge: 1520 mm") && e.text().contains("Axle load: 25 t"), "a tab's specifications: " + e.text());
        assertFalse(e.text().contains("Sport"), "a hidden menu: " + e.text());
    }

    @Test
    void aCodeListingKeepsWhatItsHighlighterMarkedAsComments() {
        Extraction e = extract("<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<pre><code class='hljs bash'><span class='hljs-comment'># initialize the repository</span>\ngit init\n"
                + "<span class='token comment'># view its state</span>\ngit status</code></pre></article>");
        assertTrue(e.text().contains("# initialize the repository") && e.text().contains("# view its state"), e.text());
    }

    @Test
    void anAccordionsHiddenAnswerUnderItsQuestionIsText() {
        String answer = "A transit permit is issued at the border post within a day of the request";
        Extraction e = extract("<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='faq'><div class='q'>How long does a transit permit take?</div><div style='display:none'><div>" + answer
                + "</div></div><div class='q'>Envie sua notícia <a href='/a'>Erramos?</a> <a href='/b'>Compartilhe?</a></div>"
                + "<div style='display:none'><div>Endereço da página</div></div></div></article>");
        assertTrue(e.text().contains(answer), e.text());
        assertFalse(e.text().contains("Endereço da página"), "under a row of links, no question: " + e.text());
    }

    @Test
    void aCodeListingKeepsItsLinesAndTheirIndentation() {
        Extraction e = extract("<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<pre><code>\ndef trains(port):\n    for t in port.trains:<br>        yield t\n\n</code></pre><p>" + P3 + "</p></article>");
        Block code = e.body().stream().filter(b -> b.kind().equals("code")).findFirst().orElseThrow(() -> new AssertionError(e.text()));
        assertEquals("def trains(port):\n    for t in port.trains:\n        yield t", code.text(), "blank lines at the ends go, a <br> breaks");
        assertTrue(e.text().contains(P3), "the text goes on after the listing: " + e.text());
    }

    @Test
    void otherStoriesTeasersCutShortUnderTheArticleAreNotItsText() {
        StringBuilder article = new StringBuilder("<article><h1>Freight record at the border</h1>");
        for (int i = 1; i <= 6; i++) article.append("<p>").append(i).append(". ").append(P1).append("</p><p>").append(i).append(". ").append(P2).append("</p>");
        String lead1 = "The dry port on the Kazakh border handled twice as many containers as a year earlier, officials said on...";
        String lead2 = "Passengers can travel between the two cities in a day from next month, the operator said, adding that tickets…";
        // below the article's element: inside it, the container's blocks run on to its end
        Extraction e = extract(article + "</article><div><h3>Rail freight through Khorgos doubles in a year</h3><p>" + lead1 + "</p>"
                + "<h3>New bus line links Urumqi and Almaty</h3><p>" + lead2 + "</p></div>");
        assertTrue(e.text().endsWith("6. " + P2), e.text());
        assertFalse(e.text().contains("dry port") || e.text().contains("tickets"), e.text());
    }

    @Test
    void theNextStoryOfAnInfiniteScrollIsCutAndKeptInTheLedger() {
        Extraction e = extract("<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<article><h1>Cotton prices fall</h1><p>" + P3 + "</p></article>");
        assertFalse(e.text().contains(P3), e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("markup:next-story") && r.text().contains(P3)),
                e.removed().toString());
    }

    @Test
    void aFormWrappingTheWholePageAndAWidgetClassDoNotHideTheArticle() {
        Extraction e = extract("<form id='aspnetForm' method='post'><div class='elementor-widget-container'><p>" + P1 + "</p><p>"
                + P2 + "</p></div><input type='hidden' name='__VIEWSTATE' value='x'></form>");
        assertTrue(e.text().contains(P1) && e.text().contains(P2), "a page-wrapping form holds prose: " + e.text());
    }

    @Test
    void aPageBuiltOfWidgetsKeepsItsShortBlocksWhileATemplatesSidebarWidgetIsRemoved() {
        String widget = "<div class='elementor-element elementor-widget elementor-widget-%s'><div class='elementor-widget-container'>%s</div></div>";
        String built = String.format(widget, "heading", "<h2>Opening hours</h2>")
                + String.format(widget, "text-editor", "<p>" + P1 + "</p>")
                + String.format(widget, "icon-list", "<ul><li>Monday to Friday, 8 to 18</li><li>Saturday, 9 to 13</li></ul>")
                + String.format(widget, "text-editor", "<p>" + P2 + "</p>");
        Extraction page = extract("<main>" + built + "</main>");
        assertTrue(page.text().contains("Monday to Friday, 8 to 18") && page.text().contains("Opening hours"),
                "a page builder's blocks are the page: " + page.text());
        assertTrue(page.text().contains(P1) && page.text().contains(P2), page.text());

        Extraction themed = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<div class='sidebar-box widget widget_archive'><h3>Archives</h3><ul><li>March 2024</li><li>February 2024</li></ul></div>");
        assertTrue(themed.text().contains(P3), themed.text());
        assertFalse(themed.text().contains("February 2024"), "a widget that holds a little of the page is furniture: " + themed.text());
    }

    @Test
    void aShopsProductCardsTaggedByWordPressAreNotATagBox() {
        StringBuilder cards = new StringBuilder("<h1>Reusable cups</h1><p>Showing all 4 results</p><ul class='products'>");
        String[] sizes = {"small", "medium", "large", "travel"};
        for (int i = 0; i < sizes.length; i++) {
            cards.append("<li class='product type-product post-").append(100 + i).append(" status-publish product_tag-reusable-cups'>")
                    .append("<a href='/product/").append(i).append("'><img src='/cup.png'></a><h2>Glass cup ").append(sizes[i])
                    .append("</h2><span class='price'>$").append(29 + i).append(".95</span><div>Colours: amber, blue, lilac, ruby wine, sandstone</div></li>");
        }
        Extraction shop = extract("<main>" + cards + "</ul></main>");
        for (String size : sizes) assertTrue(shop.text().contains("Glass cup " + size), "each product stays: " + shop.text());
        assertTrue(shop.removed().stream().noneMatch(b -> b.rule().equals("markup:class-tag")), shop.removed().toString());
        Extraction tagBox = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<div class='tag-list'><a href='/t/rail'>Rail</a> <a href='/t/border'>Border crossings</a></div>");
        assertFalse(tagBox.text().contains("Border crossings"), "a box of the post's tags is still one: " + tagBox.text());
    }

    @Test
    void linksToOtherSitesInsideTheArticleAreItsSourcesWhileLinksToItsOwnPagesAreRelatedStories() {
        String products = "<ul><li><h3><a href='https://shop.example.org/p/1'>Klein outlet tester RT110</a></h3></li>"
                + "<li><h3><a href='https://tools.example.net/wire-cutter'>Cordless wire cutter kit</a></h3></li></ul>";
        String related = "<ul><li><a href='https://news.example.com/2024/02/rail.html'>Rail freight doubles in a year</a></li>"
                + "<li><a href='/2024/01/port.html'>New dry port opens in the east</a></li></ul>";
        String social = "<p><a href='https://www.instagram.com/p/abc/'>A post shared by Example News (@examplenews)</a></p>";
        Extraction e = extract("<nav><a href='https://news.example.com/'>Home</a> <a href='https://news.example.com/world'>World</a>"
                + " <a href='https://news.example.com/asia'>Asia</a></nav><article><p>" + P1 + "</p>" + products + "<p>" + P2 + "</p>"
                + related + social + "<p>" + P3 + "</p></article>");
        assertTrue(e.text().contains("Klein outlet tester RT110") && e.text().contains("Cordless wire cutter kit"),
                "the products the article names: " + e.text());
        assertFalse(e.text().contains("Rail freight doubles") || e.text().contains("New dry port"), "the site's own stories: " + e.text());
        assertFalse(e.text().contains("A post shared by"), "a social network's embed is not a source: " + e.text());
        assertEquals("news.example.com", SiteHost.hostOf("https://www.News.example.com/path?q=1"));
        assertNull(SiteHost.hostOf("/2024/01/port.html"), "a relative link stays on the site");
    }

    @Test
    void anAdLabelBetweenEveryEntryOfAListIsTheListsOwnAndNoEnd() {
        StringBuilder list = new StringBuilder("<h1>The best freight routes</h1><p>" + P3 + "</p>");
        for (int k = 1; k <= 8; k++) {
            list.append("<article><div><h3>Stop number ").append(k).append(" on the Silk Road freight route</h3></div>")
                    .append("<div><span>Photo courtesy of Example Rail ").append(k).append("</span></div>")
                    .append("<p>").append(k).append(". ").append(P1).append(" ").append(P2).append("</p>")
                    .append("<div><a href='https://booking.example.org/").append(k).append("'>Book now</a></div></article>")
                    .append("<div><span>Advertising</span></div>");
        }
        Extraction listicle = extract(list.toString());
        assertTrue(listicle.text().contains("8. " + P1), "the eighth entry, after seven ad labels: " + listicle.text());
    }

    @Test
    void aFaqsQuestionsOnAccordionButtonsAreTextAndOtherButtonsAreNot() {
        Extraction e = extract("<main><h2>Frequently asked questions</h2>"
                + "<div class='accordion'><button aria-expanded='false'>Who is this programme for?</button><div hidden><p>" + P1 + "</p></div>"
                + "<button aria-expanded='false'>How long does the customs check take?</button><div hidden><p>" + P3 + "</p></div></div>"
                + "<p>" + P2 + "</p><button>Load more</button><button>Subscribe now</button></main>");
        assertTrue(e.text().contains("Who is this programme for?") && e.text().contains("How long does the customs check take?"),
                "the questions with their answers: " + e.text());
        assertTrue(e.text().contains(P1) && e.text().contains(P3), e.text());
        assertFalse(e.text().contains("Load more") || e.text().contains("Subscribe now"), "a control is not text: " + e.text());
    }

    @Test
    void aRealFormAndAHiddenMenuAreRemoved() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><div style='display: none'><ul><li><a href='/a'>World news"
                + "</a></li><li><a href='/b'>Business news</a></li></ul></div>"
                + "<form><label>Your comment</label><textarea></textarea><button>Post comment</button></form></article>");
        assertFalse(e.text().contains("World news"), "a hidden menu is not text: " + e.text());
        assertFalse(e.text().contains("Your comment"), "a comment form is not text");
    }

    @Test
    void aSignUpFormIsRemovedForAllItsConsentProseButAPageWrappingFormWithALoginBoxIsNot() {
        String consent = "By creating an account, you agree to our Terms of Use and have read and acknowledge our Privacy Policy.";
        String signUp = "<form class='registration'><h3>Create An Account</h3><input type='email'><input type='password'>"
                + "<ul><li>8+ characters</li><li>1 number and 1 special character</li></ul><p>" + consent + "</p></form>";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p></article>" + signUp);
        assertTrue(e.text().contains(P1) && e.text().contains(P2), e.text());
        assertFalse(e.text().contains("By creating an account") || e.text().contains("8+ characters"), e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("markup:account-form") && r.text().contains("Create An Account")),
                "the ledger says why: " + e.removed());

        Extraction wrapped = extract("<form id='aspnetForm' method='post'><div class='login'><input type='password'></div><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></form>");
        assertTrue(wrapped.text().contains(P1) && wrapped.text().contains(P3), "the form is the page: " + wrapped.text());
    }

    @Test
    void aPageWrappedInAWebComponentKeepsItsParagraphsApart() {
        Extraction e = extract("<vg-site-shell><div><a href='/'>Home</a> <a href='/funds'>Funds</a> <a href='/etf'>ETFs</a></div>"
                + "<div class='content'><p>" + P1 + "</p><p>" + P2 + "</p></div></vg-site-shell>");
        java.util.List<String> blocks = e.body().stream().map(Block::text).toList();
        assertTrue(blocks.contains(P1) && blocks.contains(P2), "two paragraphs, not one block of the whole page: " + blocks);
        assertFalse(e.text().contains("Funds"), "the menu is a block of its own, and not text: " + e.text());
    }

    @Test
    void proseInAClosedTabOrAccordionIsText() {
        Extraction e = extract("<article><p>" + P1 + "</p><div class='tab-panel' style='display:none'><p>" + P2 + "</p></div>"
                + "<div class='faq-answer' hidden><p>" + P3 + "</p></div><span aria-hidden='true'>★★★★☆</span></article>");
        assertTrue(e.text().contains(P2), "a closed tab's description: " + e.text());
        assertTrue(e.text().contains(P3), "a closed accordion's answer: " + e.text());
        assertFalse(e.text().contains("★"), "an icon hidden from screen readers is not text: " + e.text());
    }

    @Test
    void aShopsCardsKeepTheValuesTheyShareWithOtherCards() {
        StringBuilder grid = new StringBuilder("<main><h1>Monitor arms</h1><div class='products'>");
        for (int i = 1; i <= 8; i++) {
            grid.append("<div class='card'><h3>Single monitor arm model ").append(i).append("</h3><p>For monitors: 5-22 lbs</p>")
                    .append("<p>Screen size: up to 43 inches</p><p>Starting at $").append(400 + i).append("</p></div>");
        }
        Extraction e = extract(grid + "</div></main>");
        long sizes = e.body().stream().filter(b -> b.text().equals("Screen size: up to 43 inches")).count();
        assertEquals(8, sizes, "each card's size, though every card prints the same: " + e.text());
        assertTrue(e.text().contains("Starting at $408"), e.text());
    }

    @Test
    void aFieldThatEachRecordOfAListPrintsIsKeptInEachWhileACopyOfABlockIsNot() {
        StringBuilder page = new StringBuilder("<main><h1>Security conferences this spring</h1><p>" + P1 + "</p>"
                + "<blockquote class='pull-quote'><p>" + P1 + "</p></blockquote><div class='events'>");
        String[] names = {"Cloud Defense Summit", "Identity Week", "Zero Trust Forum", "Incident Response Days"};
        for (int i = 0; i < names.length; i++) {
            page.append("<div class='event event-").append(i).append("'><h3>").append(names[i]).append("</h3>")
                    .append("<p class='venue'>Tech conference in Chicago, Illinois, United States</p>")
                    .append("<p>Speakers from ").append(20 + i).append(" companies discuss how their teams found, contained and ")
                    .append("reported the incidents of the past year, with workshops for practitioners.</p></div>");
        }
        Extraction e = extract(page + "</div></main>");
        long venues = e.body().stream().filter(b -> b.text().equals("Tech conference in Chicago, Illinois, United States")).count();
        assertEquals(4, venues, "each event's venue, in the same place of each event: " + e.text());
        assertEquals(1, e.body().stream().filter(b -> b.text().equals(P1)).count(), "the pull quote copies the lead: " + e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.text().equals(P1) && r.reason().equals("duplicate")), e.removed().toString());
    }

    @Test
    void aHiddenElementThatHoldsThePageIsThePageShownByAScript() {
        StringBuilder grid = new StringBuilder("<div id='results' style='display:none'><h2>Collectible art prints</h2><ul>");
        for (int i = 1; i <= 12; i++) {
            grid.append("<li><a href='/itm/").append(i).append("'>Vintage travel poster print number ").append(i)
                    .append("</a><span>Brand New</span><span>$").append(10 + i).append(".95</span></li>");
        }
        Extraction e = extract(grid + "</ul></div><div style='display:none'><ul><li><a href='/help'>Help centre</a></li></ul></div>");
        assertTrue(e.text().contains("Vintage travel poster print number 12"), "the listings: " + e.text());
        assertFalse(e.text().contains("Help centre"), "a small hidden menu is still furniture: " + e.text());
    }

    @Test
    void anAccordionsAnswerWrittenAsAListOfSentencesIsTextThoughHidden() {
        String item = "Sit-in kayaks move fast and track straight, with covered cargo compartments for a long day on the water.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><h3><button aria-expanded='false'>How to choose a kayak"
                + "</button></h3><div aria-hidden='true'><p><strong>Where do you want to sit?</strong></p><ul><li>" + item + "</li></ul></div>"
                + "<div aria-hidden='true'><ul><li><a href='/a'>Kayaks</a></li><li><a href='/b'>Paddles</a></li></ul></div></article>");
        assertTrue(e.text().contains(item), "the hidden answer: " + e.text());
        assertFalse(e.text().contains("Paddles"), "a hidden menu is still furniture: " + e.text());
    }

    @Test
    void aDrupalBodyFieldWithAHiddenLabelIsTheArticleAndAHiddenClassIsNot() {
        // Thai ends sentences without a stop: the paragraph's length says it is prose
        String thai = "ผู้สื่อข่าวได้รับแจ้งว่าผลการตรวจดีเอ็นเอยืนยันแล้ว ".repeat(8).strip();
        Extraction e = extract("<article><div class='field field-name-body field-label-hidden'><p>" + thai + "</p></div>"
                + "<div class='hidden'>Open the menu</div></article>");
        assertTrue(e.text().contains(thai), e.text());
        assertFalse(e.text().contains("Open the menu"), e.text());
    }

    @Test
    void aStreamedReactSegmentIsReadWhereItsPlaceholderStands() {
        // React streams the article later in a hidden div that a script moves to its placeholder
        // the segment holds the site's menu too, so it is not prose as a whole
        String menu = "<ul class='site-menu'>" + "<li><a href='/s'>Section of the site</a></li>".repeat(8) + "</ul>";
        Extraction e = extract("<header><a href='/'>Home</a></header><template id='B:0'></template><div class='skeleton'></div>"
                + "<footer>Copyright 2024 Example News</footer><div hidden id='S:0'>" + menu + "<main><p>" + P1 + "</p><p>" + P2
                + "</p></main></div>"
                + "<div hidden id='login'><a href='/login'>Sign in</a> to read on</div>");
        assertTrue(e.text().contains(P1) && e.text().contains(P2), e.text());
        assertFalse(e.text().contains("Sign in"), "a hidden element that is not a segment stays hidden: " + e.text());
    }

    @Test
    void anAsideOrHeaderThatHoldsThePageIsAWrapperNotFurniture() {
        // markup left unclosed puts the whole article inside a banner aside or a header
        Extraction aside = extract("<aside class='announcement-banner'><a href='/sale'>Sale!</a><main><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></main></aside>");
        assertTrue(aside.text().contains(P1), aside.text());
        Extraction header = extract("<header><a href='/'>Home</a><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article></header>");
        assertTrue(header.text().contains(P1), header.text());
        Extraction sidebar = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article><aside><p>Read our "
                + "other stories about freight and the railways of the region, every week in your inbox.</p></aside>");
        assertFalse(sidebar.text().contains("other stories"), "an aside beside the article is still furniture: " + sidebar.text());
    }

    @Test
    void aLiveFeedInTheSidebarLongerThanTheStoryIsStillASidebar() {
        StringBuilder feed = new StringBuilder("<aside id='sidebar'><ul class='live'>");
        for (int i = 1; i <= 8; i++) {
            feed.append("<li><p>Live update ").append(i).append(": the storm closed another mountain pass this morning, and ")
                    .append("the drivers waiting at the checkpoint were sent back to the valley by the police.</p></li>");
        }
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>" + feed + "</ul></aside>");
        assertTrue(e.text().contains(P1) && e.text().contains(P3), e.text());
        assertFalse(e.text().contains("Live update"), "the feed holds most of the page's text, but an article stands beside it: " + e.text());
    }

    /** Cards of other stories, each a linked headline in {@code headingTag} over its lead ("Almaty" becomes "city N"). */
    private static String storyCards(int count, String headingTag, String lead) {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            cards.append("<div><").append(headingTag).append("><a href='/story-").append(i).append("'>Another story about the freight corridor, part ")
                    .append(i).append("</a></").append(headingTag).append("><p>").append(lead.replace("Almaty", "city " + i)).append("</p></div>");
        }
        return cards.toString();
    }

    @Test
    void theLeadsOfTheStoriesListedBelowADatedArticleAreNotItsText() {
        String latest = storyCards(3, "h3", "Officials in Almaty said the new terminal will double the number of containers handled each day.");
        String page = "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article><section>" + latest + "</section>";
        String dated = "<html><head><title>Freight record</title><meta property='article:published_time' content='2024-03-04T08:15:00Z'>"
                + "</head><body>" + page + "</body></html>";
        Extraction e = extractor.extract(dated, "https://news.example.com/2024/03/freight.html", new PageMeta());
        assertTrue(e.text().contains(P3), e.text());
        assertFalse(e.text().contains("new terminal"), "a lead under a linked headline below the article: " + e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("related:teaser-lead") && r.text().contains("city 2")), e.removed().toString());

        // an undated page of headlines and leads may be a listing, whose leads are its text
        Extraction undated = extractor.extract("<html><head><title>Freight</title></head><body>" + page + "</body></html>",
                "https://news.example.com/freight/", new PageMeta());
        assertTrue(undated.text().contains("new terminal"), undated.text());
    }

    @Test
    void aDatedFrontPageOfHeadlineCardsKeepsItsHeadlinesWhileAnArticleWithSuchCardsBelowDoesNot() {
        String cards = "<section class='stories'>" + storyCards(6, "h2",
                "Officials in Almaty said the new terminal will double the number of containers handled each day of the week.") + "</section>";
        String head = "<html><head><title>Freight</title><meta property='article:published_time' content='2024-03-04T08:15:00Z'></head><body>";
        Extraction front = extractor.extract(head + "<h1>Freight</h1>" + cards + "</body></html>", "https://news.example.com/freight/",
                new PageMeta());
        assertTrue(front.text().contains("part 1") && front.text().contains("part 6"), "the cards' headlines are the page: " + front.text());
        assertTrue(front.text().contains("city 6"), "and so are their leads: " + front.text());

        // the same cards under an article whose own prose outweighs their leads are "more stories"
        StringBuilder story = new StringBuilder("<article>");
        for (String p : new String[] {P1, P2, P3}) story.append("<p>").append(p).append(' ').append(p.replace("officials", "traders")).append("</p>");
        for (String p : new String[] {P1, P2, P3}) story.append("<p>").append(p.replace("Monday", "Friday")).append(' ').append(p).append("</p>");
        Extraction article = extractor.extract(head + story + "</article>" + cards + "</body></html>",
                "https://news.example.com/2024/03/freight.html", new PageMeta());
        assertTrue(article.text().contains(P3), article.text());
        assertFalse(article.text().contains("part 2"), "a related story's headline: " + article.text());
    }

    @Test
    void aSectionPageWhoseCardsLinkTheirLeadsKeepsThemWhileAnArticleWithSuchCardsBelowDoesNot() {
        StringBuilder cards = new StringBuilder("<section class='stories'><ul><li>");
        for (int i = 1; i <= 6; i++) {
            cards.append("<div><h3><a href='/story-").append(i).append("'>Another story about the freight corridor, part ").append(i)
                    .append("</a></h3><p><a href='/story-").append(i).append("'>March 4, 2024 • Officials in city ").append(i)
                    .append(" said the new terminal will double the number of containers handled each day of the week.</a></p></div>");
        }
        cards.append("</li></ul></section>");
        String head = "<html><head><title>Freight</title><meta property='article:published_time' content='2024-03-04T08:15:00Z'></head><body>";
        // more prose than a third of the headlines and leads: not a listing by that test
        String introduction = "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("Monday", "Friday") + "</p>";
        Extraction section = extractor.extract(head + "<main><h1>Freight</h1>" + introduction + "</main>" + cards + "</body></html>",
                "https://news.example.com/freight/", new PageMeta());
        assertTrue(section.text().contains("part 1") && section.text().contains("part 6"), "the cards' headlines: " + section.text());
        assertTrue(section.text().contains("city 6 said"), "and their linked leads: " + section.text());

        // under an article whose prose outweighs the linked leads, the same cards are "more stories"
        StringBuilder story = new StringBuilder("<main><article>");
        for (String day : new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}) {
            story.append("<p>").append(P1.replace("Monday", day)).append(' ').append(P3.replace("two days", day)).append("</p>");
        }
        Extraction article = extractor.extract(head + story + "</article></main>" + cards + "</body></html>",
                "https://news.example.com/2024/03/freight.html", new PageMeta());
        assertTrue(article.text().contains("from Saturday to a few hours"), article.text());
        assertFalse(article.text().contains("city 2 said"), "a related story's linked lead: " + article.text());
    }

    @Test
    void anIndexWhoseContainerIsAListOfLinksKeepsThemWhileAnArticleDropsItsLinkList() {
        String[] languages = {"ABAP", "ActionScript", "Ada", "ALGOL 60", "ALGOL 68", "APL", "AppleScript", "AWK", "BASIC", "BCPL",
                "C", "C++", "C#", "Clojure", "COBOL", "CoffeeScript", "Common Lisp", "Dart", "Delphi", "Eiffel", "Elixir", "Erlang", "F#",
                "Forth", "Fortran", "Go", "Groovy", "Haskell", "Java", "JavaScript", "Julia", "Kotlin", "Lua", "MATLAB", "ML", "Modula-2",
                "Nim", "Oberon", "Objective-C", "OCaml", "Pascal", "Perl", "PHP", "PL/I", "Prolog", "Python", "R", "Racket", "Ruby", "Rust",
                "Scala", "Scheme", "Simula", "Smalltalk", "SQL", "Swift", "Tcl", "TypeScript", "Visual Basic", "Zig"};
        StringBuilder list = new StringBuilder("<ul>");
        for (String l : languages) list.append("<li><a href='/wiki/").append(l.replace(' ', '_')).append("'>").append(l).append("</a></li>");
        list.append("</ul>");
        Extraction index = extractor.extract("<html><head><title>List of programming languages</title></head><body><main>"
                + "<h1>List of programming languages</h1><p>This is an index of notable programming languages, in current or historical "
                + "use.</p>" + list + "</main></body></html>", "https://wiki.example.org/wiki/List_of_programming_languages", new PageMeta());
        assertTrue(index.text().contains("Smalltalk") && index.text().contains("Common Lisp"), "the index's entries: " + index.text());

        // a ranking's rows are half links, which the container vouches for as middling: still its entries
        StringBuilder table = new StringBuilder("<table>");
        for (int i = 0; i < 20; i++) {
            table.append("<tr><td>").append(i + 1).append("</td><td><a href='/book/").append(i).append("'>The ").append(languages[i])
                    .append(" Handbook</a> by <a href='/author/").append(i).append("'>Ann Author ").append(i).append("</a> 4.").append(i % 10)
                    .append(" avg rating</td></tr>");
        }
        Extraction ranking = extractor.extract("<html><head><title>Best books ever</title></head><body><main><h1>Best books ever</h1>"
                + "<p>The best books ever, as voted on by our readers.</p>" + table + "</table></main></body></html>",
                "https://books.example.org/list/best", new PageMeta());
        assertTrue(ranking.text().contains("The Eiffel Handbook by Ann Author 19"), "a ranking's row: " + ranking.text());

        Extraction article = extract("<main><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("Monday", "Friday")
                + "</p><h3>See also</h3><ul><li><a href='/a'>Freight</a></li><li><a href='/b'>Rail transport</a></li></ul></article></main>");
        assertFalse(article.text().contains("Rail transport"), "a few links under an article are not its text: " + article.text());
    }

    @Test
    void aManualsListOfLinkedEntriesIsItsTextWhileAnArticlesListOfLinksIsNot() {
        String methods = "<h2>Instance methods</h2><ul>"
                + "<li><a href='/docs/ws/close'>WebSocket.close() closes the connection</a></li>"
                + "<li><a href='/docs/ws/send'>WebSocket.send() enqueues data to be sent</a></li>"
                + "<li><a href='/docs/ws/ping'>WebSocket.ping() checks the peer is alive</a></li></ul>";
        String main = "<main><h1>WebSocket</h1><p>" + P1 + "</p><p>" + P2 + "</p>" + methods + "<p>" + P3 + "</p></main>";
        // neither declared an article nor dated: a manual's page, whose linked entries are what it lists
        Extraction manual = extractor.extract("<html><head><title>WebSocket - API reference</title></head><body>" + main
                + "</body></html>", "https://docs.example.org/api/websocket", new PageMeta());
        assertTrue(manual.text().contains("WebSocket.send() enqueues data to be sent"), "a manual's entry: " + manual.text());

        // the same list in a page that declares itself an article is a list of related pages
        Extraction article = extract(main);
        assertTrue(article.text().contains(P3), article.text());
        assertFalse(article.text().contains("WebSocket.send()"), "an article's list of links: " + article.text());
        Extraction posting = extractor.extract("<html><head><title>WebSocket</title><script type='application/ld+json'>"
                + "{\"@type\": \"BlogPosting\", \"headline\": \"WebSocket\"}</script></head><body>" + main + "</body></html>",
                "https://blog.example.org/websocket", new PageMeta());
        assertFalse(posting.text().contains("WebSocket.send()"), "a blog post's, declared in JSON-LD: " + posting.text());
    }

    @Test
    void aShopsCategoryGridAboveItsLongBuyingGuideIsThePagesListing() {
        StringBuilder grid = new StringBuilder("<div class='grid'>");
        for (int i = 1; i <= 45; i++) {
            grid.append("<div><a href='/p/").append(i).append("'>Graphics card model ").append(i).append(" with 16GB memory and triple fans</a></div>");
        }
        grid.append("</div>");
        StringBuilder guide = new StringBuilder("<section class='guide'><h2>Buying guide</h2>");
        for (int i = 0; i < 12; i++) guide.append("<p>").append(new String[] {P1, P2, P3}[i % 3]).append(" (").append(i).append(")</p>");
        guide.append("</section>");
        String head = "<html><head><title>Graphics cards</title>";
        String body = "</head><body><h1>Graphics cards</h1>" + grid + guide + "</body></html>";
        Extraction shop = extractor.extract(head + body, "https://shop.example.com/c/graphics-cards", new PageMeta());
        assertTrue(shop.text().contains("Graphics card model 1 with") && shop.text().contains("Graphics card model 45 with"),
                "the category's products: " + shop.text());

        // a page that declares itself an article keeps such a list out: a roundup's links to the shop
        Extraction article = extractor.extract(head + "<meta property='og:type' content='article'>" + body,
                "https://news.example.com/graphics-cards-guide", new PageMeta());
        assertFalse(article.text().contains("Graphics card model 45 with"), "an article's links: " + article.text());
    }

    @Test
    void aShopsShortLinkedProductNamesAreItsListingWhileAnArticlesShortLinksAreNot() {
        StringBuilder grid = new StringBuilder("<ul class='products'>");
        for (String colour : new String[] {"Black", "Brown", "Grey", "Navy", "Ivory", "Burgundy", "White", "Silver"}) {
            grid.append("<li><a href='/p/").append(colour.toLowerCase()).append("'>").append(colour).append(" Tuxedo Shoes</a></li>");
        }
        grid.append("</ul>");
        String body = "<h1>Tuxedo shoes</h1><p>Patent leather and velvet shoes for weddings and proms.</p>" + grid;
        // neither declared an article nor dated: a shop's category page, whose three-word names are its entries
        Extraction shop = extractor.extract("<html><head><title>Tuxedo shoes</title></head><body>" + body + "</body></html>",
                "https://shop.example.com/tuxedo-shoes", new PageMeta());
        assertTrue(shop.text().contains("Navy Tuxedo Shoes") && shop.text().contains("Silver Tuxedo Shoes"), "the shop's products: " + shop.text());

        // four such names are a menu's, not a listing's
        StringBuilder menu = new StringBuilder("<ul class='links'>");
        for (String name : new String[] {"Patent-leather Tuxedo Loafers", "Velvet-collar Dinner Jackets", "Silk-satin Bow-tie Collection",
                "Mother-of-pearl Tuxedo Shirt-studs"}) {
            menu.append("<li><a href='/c/").append(name.length()).append("'>").append(name).append("</a></li>");
        }
        menu.append("</ul>");
        Extraction fewNames = extractor.extract("<html><head><title>Tuxedo shoes</title></head><body><h1>Tuxedo shoes</h1><p>"
                + P1 + "</p>" + menu + "</body></html>", "https://shop.example.com/tuxedo-shoes", new PageMeta());
        assertFalse(fewNames.text().contains("Silk-satin Bow-tie Collection"), "a menu of four names: " + fewNames.text());

        // a story that declares itself an article, with as little prose: the same short links are no listing's
        Extraction article = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p>" + grid + "</article>");
        assertFalse(article.text().contains("Navy Tuxedo Shoes"), "an article's short links: " + article.text());
    }

    @Test
    void aBlockWhoseClassCallsItACaptionGoesToCaptions() {
        String caption = "VISIT: Trucks wait at the Khorgos crossing on Monday.";
        Extraction e = extract("<article><div class='media'><img src='/truck.jpg'><div class='article-img-caption-wrap'><span>" + caption
                + "</span></div></div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertEquals(java.util.List.of(caption), e.captions());
        assertFalse(e.text().contains("VISIT"), e.text());

        // a theme's setting on the body names the word, and the body is not a caption
        Extraction themed = extractor.extract("<html><head><title>Freight</title></head><body class='theme-loop-hide-caption'><article><p>"
                + P1 + "</p><p>" + P2 + "</p></article></body></html>", "https://news.example.com/freight", new PageMeta());
        assertTrue(themed.text().contains(P2) && themed.captions().isEmpty(), themed.text());
    }

    @Test
    void aPageThatServesNoTextIsReadFromItsMetaDescriptionAndSaysSo() {
        String shell = "<html><head><title>Freight record</title><meta name='description' content='" + P1 + "'></head>"
                + "<body><section id='main'></section><script src='/app.js'></script></body></html>";
        Extraction e = extractor.extract(shell, "https://forum.example.com/t/freight", new PageMeta());
        assertEquals(P1, e.text());
        assertTrue(e.provenance().get("text").contains("meta description"), e.provenance().toString());

        Extraction bare = extractor.extract(shell.replace(P1, "Freight news"), "https://forum.example.com/t/freight", new PageMeta());
        assertTrue(bare.body().isEmpty(), "a description too short to be text is not made the text: " + bare.text());
    }

    @Test
    void aStrayCdataOpeningInTheBodyDoesNotTurnThePageIntoRawMarkup() {
        Extraction e = extract("<![CDATA[\n<div class='post'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
        assertTrue(e.text().contains(P1) && e.text().contains(P3), e.text());
        assertFalse(e.text().contains("<p>") || e.text().contains("class="), "no markup in the text: " + e.text());
    }

    @Test
    void crawlerTextInNoscriptIsReadWhenThePageIsAScriptShell() {
        Extraction e = extract("<div id='app'></div><noscript><div class='post'><p>" + P1 + "</p><p>" + P2 + "</p></div></noscript>");
        assertTrue(e.text().contains(P1), e.text());
    }

    @Test
    void aLinkListBesideTheArticleIsRemovedAsLinkDense() {
        Extraction e = extract("<div class='content'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div><ul><li><a href='/a'>Another story about the railway and its many trains</a></li>"
                + "<li><a href='/b'>A second story about trade at the border crossing this week</a></li></ul></div>");
        assertFalse(e.text().contains("Another story"), e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.text().startsWith("Another story")), "the ledger keeps what was removed");
    }

    @Test
    void aListingsLinkedHeadlinesAreItsTextButAnArticlesRelatedStoriesAreNot() {
        String[] headlines = {"Freight trains set a record at the border port", "Traders from five countries meet at the autumn fair",
                "Customs officers cut the waiting time to a few hours", "A new rail line links the two largest cities of the region",
                "Farmers sell their cotton harvest for a better price"};
        StringBuilder entries = new StringBuilder();
        for (String h : headlines) {
            entries.append("<li class='post'><h3><a href='/").append(h.length()).append("'>").append(h).append("</a></h3><span>March 4, 2024</span></li>");
        }
        Extraction listing = extract("<nav><a href='/'>Home</a></nav><main><h1>Latest stories</h1><p>Our reporting from the region, "
                + "newest first.</p><ul>" + entries + "</ul></main>");
        for (String h : headlines) assertTrue(listing.text().contains(h), "a listing's entry: " + listing.text());

        Extraction article = extract("<main><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1.replace("Monday", "Tuesday")
                + "</p><h3>Related</h3><ul><li><a href='/x'>" + headlines[1] + "</a></li><li><a href='/y'>" + headlines[2]
                + "</a></li></ul></article></main>");
        assertFalse(article.text().contains(headlines[1]), "an article's related stories: " + article.text());
    }

    @Test
    void aListingWhoseEntriesStandInSectionsOutsideItsIntroductionKeepsThemAndADatedOneWhenTheyAreMostOfIt() {
        String[][] sections = {
                {"Freight trains set a record at the border port", "Traders from five countries meet at the autumn fair",
                        "Customs officers cut the waiting time to a few hours"},
                {"A new rail line links the two largest cities of the region", "Farmers sell their cotton harvest for a better price",
                        "The dry port doubles its warehouse space this spring"}};
        StringBuilder body = new StringBuilder("<main><h1>Trade and transport</h1><div class='intro'><p>" + P1 + " " + P2
                + "</p></div></main>");
        for (String[] section : sections) {
            body.append("<section><h2>More from the region</h2><div class='cards'>");
            for (String h : section) body.append("<a href='/").append(h.length()).append("'><div><span>").append(h).append("</span></div></a>");
            body.append("</div></section>");
        }
        String url = "https://news.example.com/trade/";
        Extraction listing = extractor.extract("<html><head><title>Trade and transport</title></head><body>" + body + "</body></html>",
                url, new PageMeta());
        for (String[] section : sections) for (String h : section) assertTrue(listing.text().contains(h), "an entry: " + listing.text());

        Extraction dated = extractor.extract("<html><head><title>Trade and transport</title><meta property='article:published_time'"
                + " content='2024-03-04T08:00:00Z'></head><body>" + body + "</body></html>", url, new PageMeta());
        assertTrue(dated.text().contains(P1), dated.text());
        assertFalse(dated.text().contains(sections[1][0]), "a dated page's other headlines are related stories: " + dated.text());

        // ...unless they are most of it: a blog index states its newest post's date
        String moreSections = body.substring(body.indexOf("<section>"));
        Extraction index = extractor.extract("<html><head><title>Trade and transport</title><meta property='article:published_time'"
                + " content='2024-03-04T08:00:00Z'></head><body>" + body.toString().replace(P1 + " " + P2, P1) + moreSections
                + moreSections.replace("</span>", ", says the ministry</span>") + "</body></html>", url, new PageMeta());
        assertTrue(index.text().contains(sections[1][0]), "headlines three times the prose: " + index.text());
    }

    @Test
    void anIndexWhoseTimesDateItsEntriesIsUndatedAndKeepsItsHeadlinesWhileAnArticleKeepsItsOwnTime() {
        String[] headlines = {"Freight trains set a record at the border port", "Traders from five countries meet at the autumn fair",
                "Customs officers cut the waiting time to a few hours", "A new rail line links the two largest cities of the region",
                "Farmers sell their cotton harvest for a better price"};
        StringBuilder cards = new StringBuilder("<main><h1>Latest posts</h1><aside><p>" + P1 + " " + P2 + "</p></aside>");
        for (int i = 0; i < headlines.length; i++) {
            cards.append("<div class='story'><div class='meta'><a href='/u'>Ann</a> <a href='/p").append(i).append("'><time datetime='2026-03-0")
                    .append(i + 1).append("T10:00:00Z'>Mar ").append(i + 1).append("</time></a></div><h2><a href='/p").append(i).append("'>")
                    .append(headlines[i]).append("</a></h2></div>");
        }
        Extraction index = extractor.extract("<html><head><title>Latest posts</title></head><body>" + cards + "</main></body></html>",
                "https://blog.example.com/", new PageMeta());
        assertNull(index.published(), "the first entry's time is not the page's date");
        for (String h : headlines) assertTrue(index.text().contains(h), "an entry: " + index.text());

        Extraction article = extract("<article><header><h1>Freight record at the border</h1><time datetime='2024-03-04T08:15:00Z'>"
                + "4 March</time></header><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article><section class='replies'>"
                + "<div><time datetime='2024-03-05'>5 March</time><p>Agreed.</p></div><div><time datetime='2024-03-06'>6 March</time>"
                + "<p>Thanks.</p></div><div><time datetime='2024-03-07'>7 March</time><p>Indeed.</p></div></section>");
        assertEquals("2024-03-04T08:15:00Z", article.published(), "an article's header time, with replies' times below it");
    }

    @Test
    void readersCommentsAreNotTheArticleHoweverWellWritten() {
        String comment = "I travelled on this line last spring, and the customs check at the border took less than an hour, "
                + "which surprised everyone in our carriage.";
        Extraction e = extract("<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article><div id='comments' class='comment-list'><div class='comment'><p>" + comment + "</p></div></div>");
        assertTrue(e.text().contains(P3), e.text());
        assertFalse(e.text().contains("I travelled on this line"), "a reader's comment: " + e.text());

        Extraction product = extract("<main><h1>Rail freight atlas</h1><p>" + P1 + " " + P2 + "</p></main><section class='product-reviews'>"
                + "<div><p>" + comment + "</p></div></section>");
        assertFalse(product.text().contains("I travelled on this line"), "a customer's review: " + product.text());
    }

    @Test
    void aThreadsRepliesAreItsContentWhetherItSaysSoOrTheyHoldMostOfIt() {
        String reply = "The customs check at the border took less than an hour when I crossed last spring, so plan for that.";
        String thread = "<div class='question'><h1>How long does the border crossing take?</h1><p>" + P1 + "</p></div>"
                + "<div class='comments'><div class='comment'><p>" + reply + "</p></div><div class='comment'><p>" + P2
                + "</p></div><div class='comment'><p>" + P3 + "</p></div></div>";
        Extraction undeclared = extract(thread);
        assertTrue(undeclared.text().contains(reply), "the replies hold most of the page: " + undeclared.text());

        Extraction declared = extractor.extract("<html itemscope itemtype='https://schema.org/QAPage'><head><title>Border crossing"
                + "</title></head><body><div class='question'><h1>How long does the border crossing take?</h1><p>" + P1 + " " + P2
                + " " + P3 + "</p></div><div class='comments'><div class='comment'><p>" + reply + "</p></div></div></body></html>",
                "https://forum.example.com/t/42", new PageMeta());
        assertTrue(declared.text().contains(reply), "a page that says it is a Q&A: " + declared.text());
    }

    @Test
    void aPostWithMoreCommentsThanTextIsStillAPostNotAThread() {
        String comment = "I travelled on this line last spring, and the customs check at the border took less than an hour, "
                + "which surprised everyone in our carriage.";
        StringBuilder comments = new StringBuilder("<div id='comments' class='comments-wrapper'><ol class='commentlist'>");
        for (int i = 1; i <= 8; i++) comments.append("<li class='comment'><p>").append(i).append(". ").append(comment).append("</p></li>");
        comments.append("</ol></div>");
        Extraction e = extract("<article><h1>Freight record at the border</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></article>" + comments);
        assertTrue(e.text().contains(P1) && e.text().contains(P3), e.text());
        assertFalse(e.text().contains("I travelled on this line"), "eight comments outweigh the post, and are comments: " + e.text());
    }

    @Test
    void aCommentsHeadingBelowTheArticleEndsIt() {
        StringBuilder post = new StringBuilder();
        for (int i = 1; i <= 12; i++) post.append("<p>").append(i).append(". ").append(i % 2 == 0 ? P1 : P2).append("</p>");
        Extraction article = extract("<article>" + post + "</article><h3>Comments</h3><div><p>Reply 1: I crossed there last spring "
                + "and the customs check took less than an hour, so plan for that and bring copies of the papers.</p></div>");
        assertTrue(article.text().contains("12. "), article.text());
        assertFalse(article.text().contains("Reply 1"), "a comment under the heading is not the article: " + article.text());
    }

    @Test
    void aProductGridInsideTheMainTextKeepsItsNamesButNotItsLinks() {
        StringBuilder grid = new StringBuilder();
        for (String name : new String[] {"Compact Desk Drawer", "Acoustic Hanging Panel", "Oak Side Table", "Walnut Shelf"}) {
            grid.append("<div class='card'><div><a href='/p'>See every colour and size of this item</a></div><div>").append(name)
                    .append("</div><div>$49.00</div></div>");
        }
        Extraction e = extract("<main><p>" + P1 + " " + P2 + "</p><div class='grid'>" + grid + "</div><p>" + P3 + " " + P1 + "</p></main>");
        assertTrue(e.text().contains("Compact Desk Drawer") && e.text().contains("Walnut Shelf"), e.text());
        assertFalse(e.text().contains("See every colour"), "the cards' links are not text: " + e.text());
    }

    @Test
    void aProductGridWithOneSentenceBelowItIsNotCutAsTheHeaderOfThatSentence() {
        StringBuilder grid = new StringBuilder();
        for (String name : new String[] {"Walnut side table, oiled", "Compact desk drawer, white", "Acoustic hanging panel, grey"}) {
            grid.append("<div class='card'><div>").append(name).append("</div><div>$49.00</div></div>");
        }
        Extraction e = extract("<div class='grid'>" + grid + "</div><div class='signup-box'><p>Keep informed on new releases and "
                + "subscriber exclusives from our studio.</p></div>");
        assertTrue(e.text().contains("Walnut side table, oiled") && e.text().contains("Acoustic hanging panel, grey"), e.text());
    }

    @Test
    void shortListItemsInsideTheArticleAreArticleTextButALoneAdvertLabelIsNot() {
        Extraction e = extract("<article><p>" + P1 + "</p><ul><li>Rail freight: up 12%</li><li>Road freight: down 3%</li></ul>"
                + "<div>Advertisement</div><p>" + P2 + "</p></article>");
        String text = e.text();
        assertTrue(text.contains("Rail freight: up 12%") && text.contains("Road freight: down 3%"), text);
        assertFalse(text.contains("Advertisement"), text);
    }

    @Test
    void aListingKeepsItsLastShortEntriesButNotTheFooterAfterIt() {
        Extraction e = extract("<main class='content'><h2>Courses</h2><p>" + P1 + "</p><p>" + P2 + "</p><ul>"
                + "<li>Rail logistics, beginner level</li><li>Customs law, advanced level</li></ul></main>"
                + "<div><p>About us</p><p>Imprint</p></div>");
        String text = e.text();
        assertTrue(text.contains("Rail logistics, beginner level") && text.contains("Customs law, advanced level"), text);
        assertFalse(text.contains("Imprint"), text);
    }

    @Test
    void aPageRenderedByJavaScriptIsReadFromTheHtmlInItsScripts() {
        // as Next.js serves it: no text in the page, the article as escaped markup in a script string
        String escaped = ("<p class=\\\"editor-p\\\">" + P1 + "</p><p>" + P2 + "</p>").replace("<", "\\u003c").replace(">", "\\u003e");
        Extraction e = extract("<div id='__next'></div><script>self.__next_f.push([1,\"" + escaped + "\"])</script>");
        assertEquals(P1 + "\n\n" + P2, e.text());
    }

    @Test
    void whenClassNamesCondemnTheWholePageTheyAreNotHeard() {
        // a theme that calls every block a widget: without class names the page has its text
        Extraction e = extract("<div class='widget'><div class='widget-inner'><h2>Rail logistics course</h2>"
                + "<div class='widget'>Learn how freight moves across the border.</div>"
                + "<div class='widget'>Twelve lessons, with a certificate at the end.</div></div></div>");
        assertTrue(e.text().contains("Learn how freight moves across the border."), e.text());
    }

    @Test
    void figureCaptionsGoToCaptionsNotTheBody() {
        Extraction e = extract("<article><p>" + P1 + "</p><figure><img src='t.jpg'><figcaption>A freight train leaves the "
                + "Khorgos dry port. [Photo/Xinhua]</figcaption></figure><p>" + P2 + "</p></article>");
        assertTrue(e.captions().stream().anyMatch(c -> c.contains("Khorgos dry port")), e.captions().toString());
        assertFalse(e.text().contains("Khorgos dry port"));
    }

    @Test
    void theSameBlockTwiceIsKeptOnce() {
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P1 + "</p></article>");
        assertEquals(e.text().indexOf(P1), e.text().lastIndexOf(P1), "never output a block twice");
    }

    @Test
    void anAuthorTagThatNamesNoOneIsNoByline() {
        String page = "<html><head><title>Freight record at the border</title><meta name='author' content='105092'></head><body>"
                + "<article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        assertEquals(java.util.List.of(), extractor.extract(page, null, new PageMeta()).byline(), "an editor's number");
        String named = page.replace("105092", "Aigerim Nurlanovna");
        assertEquals(java.util.List.of("Aigerim Nurlanovna"), extractor.extract(named, null, new PageMeta()).byline());
    }

    @Test
    void metadataComesFromJsonLdAndMetaTagsWithItsProvenance() {
        String html = newsArticle("Ignored | Site", "\"headline\":\"Freight record at the border\",\"datePublished\":\"2024-03-04T20:15:00+08:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Li Wei\"}", "");
        Extraction e = extractor.extract(html, null, new PageMeta());
        assertEquals("Freight record at the border", e.title());
        assertTrue(e.published().startsWith("2024-03-04T20:15"), e.published());
        assertTrue(e.byline().contains("Li Wei"), e.byline().toString());
        assertTrue(e.provenance().get("published").toLowerCase().contains("json-ld"), e.provenance().toString());
    }

    @Test
    void aJsonLdHeadlineLosesOnlyATailThatNamesTheSite() {
        String html = newsArticle("Freight record | Example News", "\"headline\":\"Freight record at the border – \u201ca turning point\u201d\"",
                "<h1>Freight record at the border</h1>");
        assertEquals("Freight record at the border – \u201ca turning point\u201d", extractor.extract(html, null, new PageMeta()).title(),
                "the quote after the dash is part of the headline, not a site name");
        String withSite = html.replace("a turning point\u201d\"", "a turning point\u201d | Example News\"");
        assertEquals("Freight record at the border – \u201ca turning point\u201d", extractor.extract(withSite, null, new PageMeta()).title());
    }

    @Test
    void anAuthorsBioBoxIsNotTheStoryButAShortAuthorBoxIsLeftToTheMetadata() {
        String bio = "Jane Doe is a correspondent who has covered trade and transport in Central Asia for a decade, from Almaty and Tashkent.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<div class='author-box'><h4>About the author</h4><p>" + bio + "</p></div>");
        assertFalse(e.text().contains("correspondent"), e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("markup:author-box") && r.text().contains(bio)), e.removed().toString());

        Extraction named = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><div class='author-info'>Jane Doe</div><p>" + P3 + "</p></article>");
        assertTrue(named.removed().stream().noneMatch(r -> r.rule().equals("markup:author-box")), "a name alone: " + named.removed());
    }

    @Test
    void aPopUpOrAFooterIsFurnitureEvenInSentencesButProseSavesARelatedBox() {
        String pitch = "Before you go, take a look at our spring catalogue, with twenty new designs for the garden and the terrace.";
        String aside = "The same corridor carried a record volume of grain last autumn, when the harvest in Kazakhstan was unusually large.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><div class='related-note'><p>" + aside + "</p></div><p>" + P3
                + "</p></article><div class='exit-popup'><p>" + pitch + "</p></div>");
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("markup:class-popup") && r.text().equals(pitch)), e.removed().toString());
        assertTrue(e.removed().stream().noneMatch(r -> r.rule().equals("markup:class-related")), "prose saves a related box: " + e.removed());
        assertTrue(e.text().contains(aside), e.text());

        String disclosure = "This post contains affiliate links, and we may earn a small commission when you buy through them, at no cost to you.";
        Extraction disclosed = extract("<article><div class='post-disclaimer'><p>" + disclosure + "</p></div><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></article>");
        assertFalse(disclosed.text().contains("affiliate"), disclosed.text());
        assertTrue(disclosed.removed().stream().anyMatch(r -> r.rule().equals("markup:class-disclaimer")), disclosed.removed().toString());
    }

    @Test
    void aTooltipsOrAnAlertsSentenceIsNotThePagesText() {
        String tip = "Star Sellers have an outstanding record of shipping on time and replying quickly to the messages they get.";
        String alert = "Your session is about to expire, and anything you typed into the form below will be lost unless you save it.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>Sold by a Star Seller <span role='tooltip'>" + tip + "</span></p><p>" + P2
                + "</p><div role='alert'><p>" + alert + "</p></div><p>" + P3 + "</p></article>");
        assertFalse(e.text().contains("outstanding record") || e.text().contains("session"), e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("markup:role-tooltip")), e.removed().toString());
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("markup:role-alert")), e.removed().toString());
    }

    @Test
    void anArticlesOwnFooterIsNotItsTextUnlessThePagePutItsTextThere() {
        String licence = "This story may be republished free of charge under a Creative Commons licence, with a link back to the original.";
        Extraction e = extract("<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><footer><p>" + licence + "</p></footer></article>");
        assertFalse(e.text().contains("republished"), e.text());
        assertTrue(e.removed().stream().anyMatch(r -> r.rule().equals("markup:section-footer")), e.removed().toString());

        Extraction misused = extract("<article><h1>Freight record</h1><footer><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></footer></article>");
        assertTrue(misused.text().contains(P1) && misused.text().contains(P3), misused.text());
    }
}
