package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A line of site furniture per alternative of each rule, in the languages the rules know. */
class BoilerplateRulesTest {
    private final BoilerplateRules rules = new BoilerplateRules();

    private String rule(String line) {
        return rules.match(line).map(BoilerplateRules.Verdict::rule).orElse("kept");
    }

    @Test
    void everyKindOfFurnitureLineIsRemovedByItsRule() {
        Map<String, String> examples = Map.ofEntries(
                Map.entry("京ICP备12345678号-1", "licence:icp"),
                Map.entry("新ICP 备05001907号", "licence:icp"),
                Map.entry("京公网安备 11010502030000号", "licence:icp"),
                Map.entry("互联网新闻信息服务许可证：65120170001", "licence:icp"),
                Map.entry("© 2024 Example News", "copyright:copyright"),
                Map.entry("(C) 2019 Tengrinews", "copyright:copyright"),
                Map.entry("Copyright Xinhua. All Rights Reserved.", "copyright:copyright"),
                Map.entry("版权所有 天山网", "copyright:copyright"),
                Map.entry("未经授权禁止转载", "copyright:copyright"),
                Map.entry("Все права защищены.", "copyright:copyright"),
                Map.entry("Alle Rechte vorbehalten", "copyright:copyright"),
                Map.entry("Tutti i diritti riservati", "copyright:copyright"),
                Map.entry("Barcha huquqlar himoyalangan", "copyright:copyright"),
                Map.entry("朝日新聞デジタルに掲載の記事・写真の無断転載を禁じます。", "copyright:copyright"),
                Map.entry("무단 전재 및 재배포 금지", "copyright:copyright"),
                Map.entry("主办单位：新疆日报社", "sponsor:site-operator"),
                Map.entry("技术支持：某某科技", "sponsor:site-operator"),
                Map.entry("Contact us", "contact:contact"),
                Map.entry("ご意見・お問い合わせ", "contact:contact"),
                Map.entry("고객센터", "contact:contact"),
                Map.entry("Tel: +86 991 1234567", "contact:contact"),
                Map.entry("Fax: (0991) 7654321", "contact:contact"),
                Map.entry("电话：0991-1234567", "contact:contact"),
                Map.entry("Телефон: +7 727 000 00 00", "contact:contact"),
                Map.entry("建议使用1024×768分辨率浏览本站", "browser-hint:browser-hint"),
                Map.entry("Please enable JavaScript to view the comments", "browser-hint:browser-hint"),
                Map.entry("Leave a Reply", "comment-form:comment-form"),
                Map.entry("12 Comments", "comment-form:comment-form"),
                Map.entry("Comments", "comment-form:comment-form"),
                Map.entry("Kommentare:", "comment-form:comment-form"),
                Map.entry("Join the conversation", "comment-form:comment-form"),
                Map.entry("Comentar", "comment-form:comment-form"),
                Map.entry("Kommentieren", "comment-form:comment-form"),
                Map.entry("Add comment", "comment-form:comment-form"),
                Map.entry("You are using an out of date browser. It may not display this or other websites correctly.",
                        "browser-hint:browser-hint"),
                Map.entry("1,204 posts · joined 2019", "forum-chrome:poster-stats"),
                Map.entry("12.3k 4 gold badges 25 silver badges 40 bronze badges", "forum-chrome:poster-badges"),
                Map.entry("Reply", "forum-chrome:reply-button"),
                Map.entry("About the AuthorTOI Lifestyle Desk", "author-bio:about-the-author"),
                Map.entry("Über den Autor: Hans Meier", "author-bio:about-the-author"),
                Map.entry("End of Article", "navigation:end-of-article"),
                Map.entry("Log In", "navigation:navigation"),
                Map.entry("About us", "navigation:navigation"),
                Map.entry("Careers", "navigation:navigation"),
                Map.entry("Loading...", "navigation:navigation"),
                Map.entry("My Account", "navigation:navigation"),
                Map.entry("Case Studies", "navigation:navigation"),
                Map.entry("Español", "navigation:navigation"),
                Map.entry("Your Privacy Choices", "navigation:legal-link"),
                Map.entry("×", "navigation:navigation"),
                Map.entry("An official website of the United States government", "site-banner:gov-banner"),
                Map.entry("Secure .gov websites use HTTPS", "site-banner:gov-banner"),
                Map.entry("Share this post:", "share:share-prompt"),
                Map.entry("Pin this for later!", "share:share-prompt"),
                Map.entry("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
                        "placeholder:lorem-ipsum"),
                Map.entry("Embed <iframe src=\"https://www.example.org/player/embed/5738445\" width=\"100%\" height=\"290\"></iframe>",
                        "share:embed-code"),
                Map.entry("Comments are closed.", "comment-form:comment-form"),
                Map.entry("Previous Post:Edible Cookie Dough Chickpea Energy Bites", "navigation:prev-next"),
                Map.entry("Recent Posts", "related:related-links"),
                Map.entry("You’ll Also Love", "related:related-links"),
                Map.entry("People who viewed this item also viewed", "related:related-links"),
                Map.entry("Frequently Bought Together", "related:related-links"),
                Map.entry("Customers Also Bought:", "related:related-links"),
                Map.entry("Tags:", "navigation:taxonomy"),
                Map.entry("Häufig gelesen", "related:related-links"),
                Map.entry("Lo más leído", "related:related-links"),
                Map.entry("Taip pat skaitykite", "related:related-links"),
                Map.entry("الأكثر تصفحاً", "related:related-links"),
                Map.entry("■関連記事", "related:related-links"),
                Map.entry("Etiquetas", "navigation:taxonomy"),
                Map.entry("Diesen Artikel teilen", "share:share-prompt"),
                Map.entry("Partager cet article", "share:share-prompt"),
                Map.entry("Nächster Beitrag", "navigation:prev-next"),
                Map.entry("Leggi i commenti", "comment-form:comment-heading"),
                Map.entry("Diskutieren Sie mit", "comment-form:comment-heading"),
                Map.entry("Reportar un error", "navigation:error-report"),
                Map.entry("Passer la publicité", "advert:ad-label"),
                Map.entry("Relaterte emner", "navigation:taxonomy"),
                Map.entry("İlgili konular", "navigation:taxonomy"),
                Map.entry("Související témata:", "navigation:taxonomy"),
                Map.entry("Back to Blog", "navigation:blog-navigation"),
                Map.entry("View All Articles by This Author", "author-bio:author-archive"),
                Map.entry("WRITTEN BY", "author-bio:about-the-author"),
                Map.entry("Contributing Writer", "author-bio:about-the-author"),
                Map.entry("Follow Us On Social Media", "share:share-bar"),
                Map.entry("Nur angemeldete Benutzer können kommentieren und bewerten.", "comment-form:comment-form"),
                Map.entry("Bitte lies unsere Kommentar-Regeln, bevor Du einen Kommentar verfasst.", "comment-form:comment-form"),
                Map.entry("Your comment is awaiting moderation.", "comment-form:comment-form"),
                Map.entry("Vous devez être connecté pour poster un commentaire.", "comment-form:comment-form"),
                Map.entry("Del artikkel", "share:share-bar"),
                Map.entry("Dela artikeln", "share:share-bar"),
                Map.entry("Annonsørinnhold", "advert:ad-label"),
                Map.entry("Annons", "advert:ad-label"),
                Map.entry("Log in to Reply", "forum-chrome:reply-button"),
                Map.entry("Instagram", "share:social-link"),
                Map.entry("Privacy Policy", "navigation:legal-link"),
                Map.entry("Datenschutzerklärung", "navigation:legal-link"),
                Map.entry("Save my name, email, and website in this browser for the next time I comment.", "comment-form:comment-form"),
                Map.entry("Ihren Namen für das nächste Mal speichern.", "comment-form:comment-form"),
                Map.entry("Your email address will not be published.", "comment-form:comment-form"),
                Map.entry("发表评论", "comment-form:comment-form"),
                Map.entry("Оставить комментарий", "comment-form:comment-form"),
                Map.entry("Share on Facebook Twitter", "share:share-bar"),
                Map.entry("Back to top", "navigation:navigation"),
                Map.entry("admin", "cms-user:cms-user"),
                Map.entry("Related articles", "related:related-links"),
                Map.entry("【関連記事】", "related:related-links"),
                Map.entry("あわせて読みたい", "related:related-links"),
                Map.entry("관련 기사", "related:related-links"),
                Map.entry("Das könnte Sie auch interessieren", "related:related-links"),
                Map.entry("À lire aussi", "related:related-links"),
                Map.entry("Leggi anche", "related:related-links"),
                Map.entry("Ähnliche:", "related:related-links"),
                Map.entry("You might also like", "related:related-links"),
                Map.entry("Read This Next", "related:related-links"),
                Map.entry("More from Eduard Kovacs", "related:related-links"),
                Map.entry("Was this page helpful?", "related:related-links"),
                Map.entry("関連キーワード", "related:related-links"),
                Map.entry("Next post", "navigation:prev-next"),
                Map.entry("Related: Best Fitness Trackers", "related:inline-teaser"),
                Map.entry("Read more: Visiting Kinkakuji Temple in Kyoto", "related:inline-teaser"),
                Map.entry("Lire aussi : La réforme des retraites adoptée", "related:inline-teaser"),
                Map.entry("Hopp til hovedinnholdet", "navigation:skip-link"),
                Map.entry("本文へ移動", "navigation:skip-link"),
                Map.entry("Zum Inhalt springen", "navigation:skip-link"),
                Map.entry("Facebook X LinkedIn Tumblr Pinterest WhatsApp Telegram Share via Email Print", "share:share-links"),
                Map.entry("はてなブックマークでシェアする", "share:share-links"),
                Map.entry("Imprimer cet articleImprimer", "share:share-links"),
                Map.entry("Prev PostNext Post", "navigation:prev-next"),
                Map.entry("下一篇", "navigation:prev-next"),
                Map.entry("Posts: 1,204", "forum-chrome:poster-stats"),
                Map.entry("12 likes", "forum-chrome:poster-stats"),
                Map.entry("Trophy Points:", "forum-chrome:poster-stats"),
                Map.entry("Likes Received:", "forum-chrome:poster-stats"),
                Map.entry("Joined", "forum-chrome:poster-stats"),
                Map.entry("17 reviews", "navigation:review-count"),
                Map.entry("Reviews (29)", "navigation:review-count"),
                Map.entry("Continue Reading »", "navigation:navigation"),
                Map.entry("1 of 3", "navigation:navigation"),
                Map.entry("Toggle", "navigation:navigation"),
                Map.entry("Send", "navigation:navigation"),
                Map.entry("Oldest first", "navigation:call-to-action"),
                Map.entry("Read the Review", "navigation:call-to-action"),
                Map.entry("More sharing options...", "share:share-prompt"),
                Map.entry("Like Loading...", "share:share-prompt"),
                Map.entry("Price, low to high", "navigation:call-to-action"),
                Map.entry("Alphabetically, Z-A", "navigation:call-to-action"),
                Map.entry("We may earn commission from links on this page, but we only recommend products we back.", "disclosure:affiliate"),
                Map.entry("As an Amazon Associate I earn from qualifying purchases.", "disclosure:affiliate"),
                Map.entry("This post may contain affiliate links. Read more in my disclosure policy.", "disclosure:affiliate"),
                Map.entry("Homegrounds is reader-supported. When you buy via the links on our site, we may earn an affiliate commission.",
                        "disclosure:affiliate"),
                Map.entry("Purchases made through links earn us a small commission, at no extra cost to you.", "disclosure:affiliate"),
                Map.entry("We independently test everything we recommend.", "disclosure:affiliate"),
                Map.entry("Disclosure: this trip was paid for by the tourism board.", "disclosure:affiliate"),
                Map.entry("Trending Searches", "related:related-links"),
                Map.entry("More to explore :", "related:related-links"),
                Map.entry("Keep exploring iPad.", "related:related-links"),
                Map.entry("Other related articles...", "related:related-links"),
                Map.entry("You may be interested in the following topics as well:", "related:related-links"),
                Map.entry("More like this", "related:related-links"),
                Map.entry("Related items to explore", "related:related-links"),
                Map.entry("This topic was automatically closed after 30 days. New replies are no longer allowed.", "forum-chrome:thread-notes"),
                Map.entry("Create an account or sign in to comment", "forum-chrome:thread-notes"),
                Map.entry("You are not logged in.", "forum-chrome:thread-notes"),
                Map.entry("Powered by FluxBB", "forum-chrome:thread-notes"),
                Map.entry("Well-known member", "forum-chrome:thread-notes"),
                Map.entry("Free shipping", "navigation:shop-label"),
                Map.entry("Sort and Filter", "navigation:shop-label"),
                Map.entry("Results per page:", "navigation:shop-label"),
                Map.entry("Ships by March 10th", "navigation:shop-label"),
                Map.entry("Image", "navigation:navigation"),
                Map.entry("Rating", "navigation:navigation"),
                Map.entry("Copied!", "navigation:navigation"),
                Map.entry("Joined:", "forum-chrome:poster-stats"),
                Map.entry("Posts", "forum-chrome:poster-stats"),
                Map.entry("View Forum Posts", "forum-chrome:poster-menu"),
                Map.entry("Send Private Message to Aigerim", "forum-chrome:poster-menu"),
                Map.entry("Subscribe to our newsletter", "subscribe:newsletter"),
                Map.entry("Subscribe", "subscribe:newsletter"),
                Map.entry("各種メールマガジンで最新情報をお届け", "subscribe:newsletter"),
                Map.entry("Join Our Newsletter", "subscribe:newsletter"),
                Map.entry("Newsletters", "subscribe:newsletter"),
                Map.entry("Recevoir la newsletter", "subscribe:newsletter"),
                Map.entry("Newsletter abonnieren", "subscribe:newsletter"),
                Map.entry("Schrijf je in voor de nieuwsbrief", "subscribe:newsletter"),
                Map.entry("Sign up for The Replay newsletter", "subscribe:sign-up-call"),
                Map.entry("Join our mailing list! Get a newsletter when an episode is published", "subscribe:sign-up-call"),
                Map.entry("Get the best of our coverage, delivered to your inbox every Saturday.", "subscribe:sign-up-call"),
                Map.entry("Subscribe for free to receive new posts and support my work.", "subscribe:sign-up-call"),
                Map.entry("First Name*", "form:required-field"),
                Map.entry("Email Address *", "form:required-field"),
                Map.entry("Number of Employees*", "form:required-field"),
                Map.entry("Jetzt abonnieren und weiterlesen", "paywall:subscription-prompt"),
                Map.entry("Sei già abbonato? Accedi", "paywall:subscription-prompt"),
                Map.entry("Already a subscriber? Sign in", "paywall:subscription-prompt"),
                Map.entry("この記事は有料会員限定です", "paywall:subscription-prompt"),
                Map.entry("【初トクキャンペーン】有料記事読み放題！今なら2カ月間月額100円", "paywall:subscription-prompt"),
                Map.entry("ニュースレターを登録すると続きが読めます（無料）", "paywall:subscription-prompt"),
                Map.entry("Advertisement", "advert:ad-label"),
                Map.entry("Anzeige", "advert:ad-label"),
                Map.entry("广告", "advert:ad-label"),
                Map.entry("$$ARTICLEAD$$", "template:placeholder"),
                Map.entry("{{ article.headline }}", "template:placeholder"),
                Map.entry("Empfohlener redaktioneller Inhalt", "embed-consent:external-content"),
                Map.entry("Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.", "embed-consent:external-content"),
                Map.entry("YouTube-Inhalte erlauben", "embed-consent:external-content"),
                Map.entry("Click here to load third-party content", "embed-consent:external-content"),
                Map.entry("Did you find this article helpful?", "feedback:page-feedback"),
                Map.entry("How are we doing?", "feedback:page-feedback"),
                Map.entry("Still need help?", "feedback:page-feedback"),
                Map.entry("Is this page useful?", "feedback:page-feedback"),
                Map.entry("Edit this page on GitHub", "feedback:edit-page"),
                Map.entry("Submit correction", "feedback:edit-page"),
                Map.entry("Oops! Something went wrong while submitting the form.", "site-chrome:widget-error"),
                Map.entry("Click to expand...", "site-chrome:widget-text"),
                Map.entry("Asked 2 years, 2 months ago", "site-chrome:widget-text"),
                Map.entry("Viewed 12k times", "site-chrome:widget-text"),
                Map.entry("Customer Reviews", "review:reviews-heading"),
                Map.entry("Most Helpful Critical Review", "review:reviews-heading"),
                Map.entry("Reviews for Men's Wool Runner", "review:reviews-heading"),
                Map.entry("Reviews for this item (76)", "review:reviews-heading"),
                Map.entry("69 people found this review helpful", "review:review-furniture"),
                Map.entry("Yes, I recommend this product", "review:review-furniture"),
                Map.entry("Reviewed in the United States on 3 December 2024", "review:review-furniture"),
                Map.entry("Privacy Preference Center", "cookie:consent-panel"),
                Map.entry("Strictly Necessary Cookies", "cookie:consent-panel"),
                Map.entry("Always Active", "cookie:consent-panel"),
                Map.entry("Reject All", "cookie:consent-panel"),
                Map.entry("Confirm My Choices", "cookie:consent-panel"),
                Map.entry("Store and/or access information on a device", "cookie:consent-panel"),
                Map.entry("When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.",
                        "cookie:consent-panel"),
                // OneTrust's notice as sites print it whole: 660 characters
                Map.entry("When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies. "
                        + "This information might be about you, your preferences or your device and is mostly used to make the site work as "
                        + "you expect it to. The information does not usually directly identify you, but it can give you a more personalized "
                        + "web experience. Because we respect your right to privacy, you can choose not to allow some types of cookies. Click "
                        + "on the different category headings to find out more and change our default settings. However, blocking some "
                        + "types of cookies may impact your experience of the site and the services we are able to offer.",
                        "cookie:consent-panel"),
                Map.entry("We use cookies to improve your experience", "cookie:cookie-banner"),
                Map.entry("These cookies are necessary for the website to function and cannot be switched off.", "cookie:cookie-banner"),
                Map.entry("Select your cookie preferences", "cookie:cookie-banner"),
                Map.entry("We and our 600 partners store and access cookies on your device.", "cookie:cookie-banner"),
                Map.entry("Example News uses cookies to analyse traffic.", "cookie:cookie-banner"),
                Map.entry("Ce site utilise des cookies pour mesurer l'audience.", "cookie:cookie-banner"),
                Map.entry("Diese Website verwendet Cookies.", "cookie:cookie-banner"),
                Map.entry("Web sitemizde çerezleri kullanıyoruz.", "cookie:cookie-banner"),
                Map.entry("LSM portālā tiek izmantotas sīkdatnes.", "cookie:cookie-banner"),
                Map.entry("Nasz serwis używa plików cookies.", "cookie:cookie-banner"),
                Map.entry("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "error-report:typo-report"),
                Map.entry("Iezīmējiet tekstu un spiediet Ctrl + Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!", "error-report:typo-report"),
                Map.entry("Заметили опечатку?", "error-report:typo-report"),
                Map.entry("Weiter mit Werbung", "consent:ad-consent-wall"),
                Map.entry("信息网络传播视听节目许可证0108263号", "licence:icp"),
                Map.entry("京网文[2011]0283-097号", "licence:icp"),
                Map.entry("版权声明：本网登载的内容（包括文字、图片、多媒体资讯等）版权属本网独家所有使用，未经协议授权，禁止转载使用。"
                        + "如需使用，请与本网联系。".repeat(20), "copyright:copyright-notice"),
                Map.entry("Article réservé aux abonnés", "paywall:subscription-prompt"),
                Map.entry("Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.", "paywall:subscription-prompt"),
                Map.entry("Vous possédez déjà un compte ?", "paywall:subscription-prompt"),
                Map.entry("Nutze die Seite wie gewohnt mit Werbung und Tracking. Die Zustimmung kann jederzeit widerrufen werden.",
                        "consent:ad-consent-wall"),
                Map.entry("Bereits PUR-Abonnent? Hier anmelden.", "consent:ad-consent-wall"),
                Map.entry("We and our 84 partners store and access personal data, like browsing data or unique identifiers, on your "
                        + "device. Selecting 'I Accept' enables tracking technologies to support the purposes shown under 'we and our "
                        + "partners process data to provide'. Selecting 'Reject All' or withdrawing your consent will disable them. "
                        + "If trackers are disabled, some content and ads you see may not be as relevant to you. You can resurface "
                        + "this menu to change your choices or withdraw consent at any time by clicking the privacy choices link on the "
                        + "bottom of the page. Your choices will have effect within our Website.", "consent:consent-notice"),
                Map.entry("Found a typo? Select it and let us know.", "error-report:typo-report"),
                Map.entry("Show 2 More ▼", "navigation:navigation"),
                Map.entry("READ MORE ↓", "navigation:navigation"),
                Map.entry("Expand All", "navigation:navigation"),
                Map.entry("5 min read", "metadata:reading-time"),
                Map.entry("< 5-minute read", "metadata:reading-time"),
                Map.entry("Temps de Lecture 4 min.", "metadata:reading-time"),
                Map.entry("Lesezeit: 3 Min.", "metadata:reading-time"),
                Map.entry("Reading Time: 8 minutes", "metadata:reading-time"),
                Map.entry("Estimated reading time:", "metadata:reading-time"),
                // a form's furniture: its consent line, its honeypot field, its required-fields note
                Map.entry("By submitting this form, you agree to our Privacy Policy and consent to receive our email newsletter.",
                        "consent:form-consent"),
                Map.entry("By checking this box, I consent to receive marketing and promotional messages, including special offers.",
                        "consent:form-consent"),
                Map.entry("By clicking \"Sign Up\", you are consenting to our processing of your email address.", "consent:form-consent"),
                Map.entry("This field is for validation purposes and should be left unchanged.", "site-chrome:widget-text"),
                Map.entry("\"*\" indicates required fields", "site-chrome:widget-text"),
                // a Q&A thread's controls
                Map.entry("Sorted by:", "site-chrome:widget-text"),
                Map.entry("Highest score (default)", "site-chrome:widget-text"),
                Map.entry("Date created (oldest first)", "site-chrome:widget-text"),
                Map.entry("Improve this answer", "site-chrome:widget-text"),
                Map.entry("55922 silver badges1212 bronze badges", "forum-chrome:poster-badges"),
                Map.entry("Hot Network Questions", "related:related-links"),
                // a share bar given by its icons' names
                Map.entry("Facebook-f X-twitter Linkedin-in Youtube", "share:share-links"),
                Map.entry("X-Twitter", "share:social-link"),
                Map.entry("View this page on GitHub • Report a problem with this content", "feedback:edit-page"),
                Map.entry("Facebook X Bluesky LinkedIn Reddit Email Share Link", "share:share-links"),
                Map.entry("Click to share on X (Opens in new window) X", "share:share-buttons"),
                Map.entry("Connect with us:", "share:share-bar"),
                Map.entry("Retrieved from \"https://wiki.archlinux.org/index.php?title=Sudo&oldid=867930\"", "site-chrome:site-note"),
                Map.entry("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
                        "site-chrome:site-note"),
                Map.entry("Already have an account? Log In", "site-chrome:site-note"),
                Map.entry("Page 1 of 12", "site-chrome:site-note"),
                Map.entry("You are currently on page 1 Go to page 2Go to page 3Go to next pageNext", "site-chrome:site-note"),
                Map.entry("Sorry, your browser doesn't support embedded videos.", "browser-hint:browser-hint"),
                Map.entry("The store will not work correctly when cookies are disabled.", "browser-hint:browser-hint"),
                Map.entry("JavaScript seems to be disabled in your browser.", "browser-hint:browser-hint"),
                Map.entry("Do Not Sell My Personal Information (CA Residents Only)", "navigation:legal-link"),
                Map.entry("Get the latest SEO tips and strategies in your inbox", "subscribe:sign-up-call"),
                Map.entry("Sign up to receive regular emails like this", "subscribe:sign-up-call"),
                Map.entry("Add to Cart", "navigation:call-to-action"),
                Map.entry("Compare", "navigation:call-to-action"),
                Map.entry("Add to Compare", "navigation:call-to-action"),
                Map.entry("Add to Favourites", "navigation:call-to-action"),
                Map.entry("Quick Shop", "navigation:call-to-action"),
                Map.entry("Choose options", "navigation:call-to-action"),
                Map.entry("Shop Now »", "navigation:call-to-action"),
                Map.entry("Read full article: How to Choose a Backpacking Stove", "related:inline-teaser"),
                Map.entry("https://cdn.example.com/images/stencil/160x160/5001/THUMBNAIL_Bone.jpg?c=2", "template:image-url"),
                Map.entry("Sf2f260c3-bf1f-466a-b856-6f031758a086p16207f0d-5442-4472-ad51-162a45a841c3U58304ab9-e401-4091-b773-"
                        + "e7e337a260ad49b6f0970", "template:id-string"),
                Map.entry("Showing 24 of 514 results", "site-chrome:site-note"),
                Map.entry("Like this:", "share:share-prompt"),
                Map.entry("Partager sur Whatsapp", "share:share-bar"),
                Map.entry("Copier le lien", "share:share-bar"),
                Map.entry("Stack Exchange network consists of 183 Q&A communities including Stack Overflow, the largest, most trusted "
                        + "online community for developers to learn, share their knowledge, and build their careers.", "forum-chrome:qa-network"),
                Map.entry("Help Center Detailed answers to any questions you might have", "forum-chrome:qa-network"),
                Map.entry("Show 1 more comment", "forum-chrome:qa-network"),
                Map.entry("Store and/or access information on a device 91 partners can use this purpose", "cookie:tcf-purposes"),
                Map.entry("Advertising presented to you on this service can be based on limited data, such as the website or app you "
                        + "are using, your non-precise location, your device type or which content you are (or have been) interacting "
                        + "with.", "cookie:tcf-purposes"),
                Map.entry("Information regarding which content is presented to you and how you interact with it can be used to determine "
                        + "whether the (non-advertising) content e.g. reached its intended audience and matched your interests. For instance, "
                        + "whether you read an article, watch a video, listen to a podcast or look at a product description, how long you "
                        + "spent on this service and the web pages you visit etc. This helps to understand the relevance of (non-advertising) "
                        + "content that is shown to you.", "cookie:tcf-purposes"),
                Map.entry("These cookies may be set through our site by our advertising partners. They may be used by those "
                        + "companies to build a profile of your interests and show you relevant adverts on other sites. They do"
                        + " not store directly personal information, but are based on uniquely identifying your browser and "
                        + "internet device. If you do not allow these cookies, you will experience less targeted advertising.", "cookie:consent-category"),
                Map.entry("These technologies help us understand how our site is used or performs.", "cookie:consent-category"),
                Map.entry("1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars", "review:star-rating"),
                Map.entry("Rated 4.0 out of 5 stars", "review:star-rating"),
                Map.entry("Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.",
                        "copyright:content-licence"),
                Map.entry("Sarah Schwartz is a reporter for Education Week who covers curriculum and instruction.", "author-bio:bio-paragraph"),
                Map.entry("Dr. Jane M. Okafor is a freelance health writer based in Lagos.", "author-bio:bio-paragraph"),
                Map.entry("Example.com © Copyright 1997-2026 Example, LLC. All rights reserved. Example® is a registered trademark of Example, "
                        + "LLC. Trusted Brands. Healthy Rewards. and the Example.com Trusted Brands. Healthy Rewards. Logo are trademarks of "
                        + "Example, LLC. *Disclaimer: Notice: Any information or statement on this website is for informational purposes and "
                        + "is not intended to be a substitute for professional advice.", "copyright:copyright-notice"),
                Map.entry("Oops! Looks like we're having trouble connecting to our server.", "site-chrome:widget-error"),
                Map.entry("Official websites use .gov A .gov website belongs to an official government organization in the United States.",
                        "site-banner:gov-banner"));
        examples.forEach((line, expected) -> assertEquals(expected, rule(line), line));
    }

    @Test
    void contentThatMentionsTheSameWordsIsKept() {
        assertEquals("kept", rule("The court ruled on the copyright of the film, which the studio had sold in 2019 to a "
                + "distributor in Almaty; the judges said the contract was void and awarded damages to the original authors of the "
                + "screenplay, who had argued for years that the rights had never been transferred to anyone outside the family "
                + "that wrote it."));
        assertEquals("kept", rule("活动由自治区文化和旅游厅主办。"));
        assertEquals("kept", rule("Join the discussion in Almaty"));
        assertEquals("kept", rule("Joined by her colleagues, she opened the fair"), "the verb in a sentence");
        assertEquals("kept", rule("Posts on the border were staffed around the clock"), "the noun in a sentence");
        assertEquals("kept", rule("1 of 3 trains arrived late at the border"), "a count in a sentence");
        assertEquals("kept", rule("Send your questions to the customs office"), "the verb in a sentence");
        assertEquals("kept", rule("17 reviews of the new railway timetable were published on Monday"), "a count in a sentence");
        assertEquals("kept", rule("Reviews for the new timetable were mixed, officials said."), "the words in a sentence");
        assertEquals("kept", rule("Prices ran from low to high as traders bid for the last wagons"), "the words in a sentence");
        assertEquals("kept", rule("Instagram shares fell on Monday"), "a network's name in a sentence");
        assertEquals("kept", rule("Privacy policy changes worry regulators"), "a headline about a privacy policy");
        assertEquals("kept", rule("Comentar la ley fue lo primero que hizo el ministro."), "the verb in a sentence");
        assertEquals("kept", rule("Posts from the border show 12 likes on the first day"));
        assertEquals("kept", rule("Location"));
        assertEquals("kept", rule("Messages: the border reopened"), "a heading's label with its own text");
        assertEquals("kept", rule("Visit website"), "a listed firm's link, kept by labels of listings");
        assertEquals("kept", rule("Gantt Chart*"), "a footnoted feature, not a form's field");
        assertEquals("kept", rule("Bake for 25 minutes."), "a recipe's time is not a reading time");
        assertEquals("kept", rule("Mar 07, 2026 | 4 min read"), "a dateline: the metadata step reads its date");
        assertEquals("kept", rule("Facebook and X fined in Brussels"), "a headline that names networks");
        assertEquals("kept", rule("More about Django form classes"), "a manual's section heading");
        assertEquals("kept", rule("Mer om klimaet enn noen gang før"), "'more about' opening a sentence");
        assertEquals("kept", rule("Häufig gelesen wird die Studie falsch."), "'often read' in a sentence");
        assertEquals("kept", rule("Diskutieren Sie mit uns über die Zukunft der Stadt, sagte der Bürgermeister."));
        assertEquals("kept", rule("Recevoir la newsletter de la mairie coûte cher, selon le maire, qui veut la supprimer."),
                "a sign-up call opening a sentence");
        assertEquals("kept", rule("The inner text of the <iframe src> element is updated only when the settings object is tracked."),
                "a manual that speaks of an iframe");
        assertEquals("kept", rule("Die Partei will die Werbung für Tabak verbieten, sagte die Ministerin am Montag."));
        assertEquals("kept", rule("Investigators found a mistake in the customs declarations of three companies."));
        assertEquals("kept", rule("Bake the cookies for ten minutes, until the edges are golden."));
        assertEquals("kept", rule("Allow all trucks to cross the border."), "a consent button's words in a sentence");
        assertEquals("kept", rule("Similar items are packed together."), "a shop's recommendation heading's words in a sentence");
        assertEquals("kept", rule("Reject all offers from the other bidders"));
        assertEquals("kept", rule("To set cookies you can use the set_cookie method of the response object."));
        assertEquals("kept", rule("Clearing cookies and cache fixes most log-in problems."));
        assertEquals("kept", rule("The regulator fined the company for tracking users without consent and sharing their personal "
                + "data with advertisers; the court will hear the appeal in March, the agency said on Tuesday, and the "
                + "company said it had changed its practices since the complaint was filed by a consumer group in 2023."),
                "news about tracking names no partners");
        assertEquals("kept", rule("Google said third-party cookies would stay in Chrome, reversing a plan that advertisers and "
                + "regulators had watched for years; critics said the personal data of billions of users remained exposed to "
                + "tracking by partners of the ad networks, and the competition authority said it would review the decision."),
                "a story about cookies is not the site's notice");
        assertEquals("kept", rule("Der Inhalt des Vertrags wurde am Montag in Astana veröffentlicht."));
        assertEquals("kept", rule("Officials said subscribers to the new rail pass would travel free on weekends."));
        assertEquals("kept", rule("By submitting the documents, the ministry agreed to a review of the contract by March."),
                "a sentence that opens as a form's consent line but is news");
        assertEquals("kept", rule("Sorted by size, the boxes fill two rooms."));
        assertEquals("kept", rule("Page 12 of the report lists the border crossings."), "a sentence that names a page");
        assertEquals("kept", rule("Subscribers were told on Monday that the service would close."));
        assertEquals("kept", rule("Compare the two treaties"), "a heading that opens with a button's word");
        assertEquals("kept", rule("Partager sur le marché"), "'share on' followed by no network");
        assertEquals("kept", rule("https://github.com/raspberrypi/firmware"), "a post's link to a page, not to an image");
        assertEquals("kept", rule("4.4 out of 5 stars 272,574"), "a shop listing's entry: its rating and how many gave it");
        assertEquals("kept", rule("This work is licensed under a Creative Commons Attribution 4.0 International License."),
                "an author's licence for the text above it");
        assertEquals("kept", rule("The minister is a former journalist who covered the border talks for a decade."),
                "a sentence opening with a determiner names no one");
        assertEquals("kept", rule("Delta Vacations is the final authority on the interpretation of these rules."), "authority is no author");
        assertEquals("kept", rule("Oops, said the minister, and the talks went on."), "an 'oops' that reports no error");
        assertEquals("kept", rule("These cookies are soft and chewy, and they keep for a week in a tin."), "a recipe's cookies");
        assertEquals("kept", rule("sudo vi /media/fred/ba5b7f3a-54d2-4325-80e5-e7a159900d3f/etc/fstab"), "a command naming one identifier");
        assertEquals("kept", rule("Affiliate programs: streamers earn a commission when viewers buy games through affiliate links."),
                "a guide to affiliate marketing, in no one's voice");
        assertEquals("kept", rule("Travel agents recommend insurance because they get a commission when you buy it."), "agents' commission");
        assertEquals("kept", rule("The sales team said we earn a commission of 5% on each contract, the court heard."
                + " The judge asked whether the contracts had been signed in Almaty or in Beijing, and when the firm had registered"
                + " its office there; the lawyers for both sides said the records had been lost in a fire in 2019, and that the"
                + " company's accounts for that year were never filed with the tax authority, which has since opened an inquiry."),
                "a long paragraph that quotes the words");
        assertEquals("kept", rule("Subscribers to the newsletter of the chamber of commerce rose to 12,000 in May."),
                "news about a newsletter");
        assertEquals("kept", rule("Join the delegation that will visit Urumqi in June"), "'join' with no mailing list");
        assertEquals("kept", rule("Trending searches for visas rose in March"), "a headline about what trends");
        assertEquals("kept", rule("You may like the new timetable better than the old one, officials said."), "a sentence");
        assertEquals("kept", rule("A new member of the commission was named on Monday"), "a member in a sentence");
        assertEquals("kept", rule("Powered by wind, the station runs all winter"), "'powered by' with no forum engine");
        assertEquals("kept", rule("Free shipping ended when the port closed"), "the words in a sentence");
        assertEquals("kept", rule("Sold out"), "a card's state that labels keep");
        assertEquals("kept", rule("Image rights belong to the agency"), "the word in a sentence");
        assertTrue(rules.match("Kazakhstan and China signed 20 agreements on Tuesday.").isEmpty());
    }

    @Test
    void aCommentFormOrTheNextPostLinkEndsTheArticleARelatedBoxMayAndAMenuWordDoesNot() {
        assertEquals(BoilerplateRules.Ending.FIRM, rules.match("Leave a Reply").orElseThrow().ending());
        assertEquals(BoilerplateRules.Ending.FIRM, rules.match("Previous article").orElseThrow().ending());
        assertEquals(BoilerplateRules.Ending.WEAK, rules.match("Lesen Sie auch:").orElseThrow().ending());
        assertEquals(BoilerplateRules.Ending.WEAK, rules.match("Subscribe to our newsletter").orElseThrow().ending());
        assertEquals(BoilerplateRules.Ending.NONE, rules.match("Sign up to receive regular emails like this").orElseThrow().ending(),
                "a sign-up call in a sentence stands in a band but ends nothing alone");
        assertEquals(BoilerplateRules.Ending.NONE, rules.match("Related: Best Fitness Trackers").orElseThrow().ending(),
                "a teaser inside the text is not a box under it");
        assertEquals(BoilerplateRules.Ending.NONE, rules.match("Next").orElseThrow().ending(), "a carousel's button");
        assertEquals(BoilerplateRules.Ending.NONE, rules.match("Back to top").orElseThrow().ending());
        assertEquals(BoilerplateRules.Ending.FIRM, rules.match("End of Article").orElseThrow().ending());
        assertEquals(BoilerplateRules.Ending.WEAK, rules.match("About the author").orElseThrow().ending(),
                "a bio box under the article, or a guide's section");
        assertEquals(BoilerplateRules.Ending.WEAK, rules.match("Phone Number*").orElseThrow().ending(),
                "a lead form under the article, or a contact form between a service page's sections");
    }

    @Test
    void aRulesGroupsCaptureNothingAndItsEscapesAndClassesStayAsWritten() {
        assertEquals("^(?:a|b(?:c)?)\\(x\\)[(]y(?:z)", RegexSource.nonCapturing("^(a|b(c)?)\\(x\\)[(]y(?:z)"));
        assertEquals("(?=x)(?:y)", RegexSource.nonCapturing("(?=x)(y)"), "a lookahead stays one");
    }

    @Test
    void aPatternWhoseEveryAlternativeStartsAtTheLineStartIsTriedThereOnly() {
        assertTrue(RegexSource.anchoredAtStart("^(share|tweet)\\s*$"));
        assertTrue(RegexSource.anchoredAtStart("^posts: \\d+|^\\d+ posts$"));
        assertTrue(RegexSource.anchoredAtStart("^[|(]x|^\\|y"), "a bar inside a class or escaped is not an alternative");
        assertFalse(RegexSource.anchoredAtStart("^posts: \\d+|\\d+ gold badges"));
        assertFalse(RegexSource.anchoredAtStart("(^a|b)c"), "an alternative inside a group may start anywhere");
        assertFalse(RegexSource.anchoredAtStart("cookies"));
        // and the rules behave as before: an anchored one fires on its line, not inside a sentence
        assertEquals("navigation:navigation", rule("Read more »"));
        assertEquals("kept", rule("Readers who want to read more about the railway can visit the museum in Urumqi."));
        assertEquals("kept", rule("Reply to the ministry"), "a headline that begins with the button's word");
        assertEquals("kept", rule("About the author of the new law, little is known."), "a sentence, not the bio box's heading");
        assertEquals("kept", rule("About the Authority"), "a service page's heading");
        assertEquals("kept", rule("Next article will look at the budget."), "a sentence, not the link to the next post");
        assertEquals("kept", rule("Search results show a rise in demand."), "the control's word in a sentence");
        assertEquals("kept", rule("About us and our partners in Central Asia"), "a heading that begins with a menu word");
        assertEquals("kept", rule("Contact tracing ended in March"), "a headline that begins with a menu word");
        assertEquals("kept", rule("The company's comment policy changed in 2019, the spokesman said, after a lawsuit."),
                "a story about a comment policy is not the form's");
        assertEquals("kept", rule("Del av Norges historie"), "Norwegian 'del' (part) in a headline is not the share button");
    }
}
