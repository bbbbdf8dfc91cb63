package dev.silkroute.extract;

import dev.silkroute.extract.Item.Fate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides, for a sequence of blocks (lines of a dump, or block elements of an HTML page), which
 * are the article's title, metadata, captions and main text, and why each other block is left out.
 *
 * <p>The cascade, in order; each step only looks at blocks no earlier step has decided
 * ({@link Item.Fate#OPEN}), and each lives in a class of its own:
 * <ol>
 *   <li>table rows, then site furniture by rule ({@link BoilerplateRules}): licence, copyright,
 *       contact, comment form...; a dump's country picker ({@link CountryPicker}); then blocks this
 *       site prints on most of its pages ({@link SiteProfile})</li>
 *   <li>repeats ({@link Repeats}): a block seen before is a duplicate (a title or caption printed
 *       twice), unless each record of a list prints it</li>
 *   <li>the title ({@link TitleChoice}): the page's declared title if known, else the first heading-like block</li>
 *   <li>metadata lines ({@link MetadataLines}, {@link HeaderLines}): dates, "Source:", bylines, breadcrumbs</li>
 *   <li>content quality per block ({@link BlockQuality}: length with CJK weighted, sentence shape,
 *       link density), with the listings whose entries are their text ({@link Listings}), then
 *       context smoothing in the manner of jusText: short and middling blocks take the class of
 *       their good neighbours, headings the class of what follows them</li>
 *   <li>the article's span ({@link ArticleSpan}, ending where {@link ArticleEnd} finds a sign; in
 *       a dump, its heaviest stretch between the site's furniture lines):
 *       blocks before the main text become subtitle or captions when they look like them; blocks
 *       after its end are the page's tail</li>
 *   <li>card grids ({@link Listings#keepCardGrids}) and the article's own dates ({@link MetadataLines#resolveDates})</li>
 * </ol>
 */
public final class ArticleAssembler {
    private final BoilerplateRules rules = new BoilerplateRules();
    private final PublisherNames publishers;
    private final SiteProfile sites;
    private final TitleChoice titles;
    private final MetadataLines metadata;
    private final ArticleSpan span;

    public ArticleAssembler(PublisherNames publishers) {
        this(publishers, SiteProfile.NONE);
    }

    public ArticleAssembler(PublisherNames publishers, SiteProfile sites) {
        this.publishers = publishers;
        this.sites = sites;
        HeaderLines header = new HeaderLines();
        this.titles = new TitleChoice(header);
        this.metadata = new MetadataLines(header, publishers);
        this.span = new ArticleSpan(header, titles);
    }

    public Extraction assemble(List<Candidate> candidates, PageMeta meta) {
        List<Item> items = new ArrayList<>();
        for (Candidate c : candidates) {
            String t = c.isCodeListing() ? TextMeasure.tidyCode(c.text()) : TextMeasure.tidy(c.text());
            if (!t.isEmpty()) items.add(new Item(c, t));
        }
        markTableRows(items);
        applyRules(items);
        CountryPicker.removePickers(items);
        markCommentAuthors(items);
        applySiteProfile(items, SiteProfile.siteOf(meta.url, meta.site));
        Repeats.markRepeats(items);
        Repeats.removeTablesOfContents(items);
        Item guessedTitle = titles.chooseTitle(items, meta);
        List<MetadataLines.DateLine> dates = metadata.readMetadataLines(items, meta);
        // an article declares itself one or shows a dateline, and its lists of links are related stories
        boolean undeclared = !meta.declaredArticle && dates.isEmpty() && !meta.discussion;
        BlockQuality.classify(items, undeclared);
        Listings.keepOnlyManyEntryNames(items);
        Listings.keepOnlyRunsOfDumpEntries(items);
        Listings.promoteListingEntries(items, meta, undeclared);
        Listings.keepContainerLinkLists(items);
        Listings.removeTeaserLeads(items, meta);
        BlockQuality.fallBackWhenNothingIsGood(items);
        BlockQuality.smooth(items);
        ArticleSpan.Layout layout = span.placeHeaderAndTail(items, meta, guessedTitle, undeclared);
        Listings.keepCardGrids(items);
        MetadataLines.resolveDates(MetadataLines.articleHeaderDates(dates, layout), meta, layout.first());
        Repeats.dropOrphanedFields(items);
        return collect(items, meta);
    }

    /** Rows in a row make a table: a dump prints each row of a table as its cells joined by " | ". */
    private static final int TABLE_ROWS_MIN = 3;
    private static final String CELL_SEPARATOR = " | ";

    /**
     * Marks the rows of tables: an HTML {@code <tr>}, and in a dump a run of lines that hold the same
     * number of cell separators. A table's header row ("Date | Composite score") is not a breadcrumb
     * and its first dated row ("1/1/2013 | +13.1%") is not the page's dateline. Measured: extraction-dev
     * HTML 0.86269 -> 0.86307 (10 pages better, 4 worse by 0.02-0.04), text 0.79236 -> 0.79261 (3 better);
     * multilingual 0.0001-0.0002 lower (one page whose label leaves a table out); dates unchanged.
     */
    private static void markTableRows(List<Item> items) {
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            if (it.c.tag() != null) {
                it.tableRow = "tr".equals(it.c.tag());
                i++;
                continue;
            }
            int cells = cellSeparators(it.text);
            int end = i + 1;
            while (cells > 0 && end < items.size() && items.get(end).c.tag() == null && cellSeparators(items.get(end).text) == cells) end++;
            if (cells > 0 && end - i >= TABLE_ROWS_MIN) for (int k = i; k < end; k++) items.get(k).tableRow = true;
            i = end;
        }
    }

    private static int cellSeparators(String line) {
        int n = 0;
        for (int at = line.indexOf(CELL_SEPARATOR); at >= 0; at = line.indexOf(CELL_SEPARATOR, at + CELL_SEPARATOR.length())) n++;
        return n;
    }

    private void applyRules(List<Item> items) {
        for (Item it : items) {
            Optional<BoilerplateRules.Verdict> v = rules.match(it.text);
            if (v.isPresent()) {
                it.remove(v.get().family(), v.get().rule());
                it.ending = v.get().ending();
            }
        }
    }

    /**
     * "Sheri says" over a reader's comment with its "Reply" button below: WordPress themes print
     * comments so, and in a dump nothing else tells them from the article. Such a line begins the
     * comments, as their section's heading does. Without the button it may be a subheading ("What
     * the research says"), and is left alone; forums' quotes ("paulb203 said:") are their text.
     */
    private static final Pattern COMMENT_AUTHOR = Pattern.compile(
            "^\\S.{0,50}\\s(says|sagt|dit|dice|zegt)\\s*:?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int REPLY_BUTTON_WITHIN = 10;

    private static void markCommentAuthors(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.fate != Fate.OPEN || it.text.length() > 60 || !COMMENT_AUTHOR.matcher(it.text).matches()) continue;
            for (int k = i + 1; k < items.size() && k <= i + REPLY_BUTTON_WITHIN; k++) {
                if ("forum-chrome:reply-button".equals(items.get(k).rule)) {
                    it.remove("comment-form", "comment-form:comment-author");
                    it.ending = BoilerplateRules.Ending.FIRM;
                    break;
                }
            }
        }
    }

    /** Blocks this site prints on most of its pages (its footer, menus, licence lines), with the evidence. */
    private void applySiteProfile(List<Item> items, String site) {
        if (site == null) return;
        int pages = sites.pages(site);
        if (pages < SiteProfile.MIN_PAGES) return;
        int needed = (int) Math.max(3, Math.ceil(SiteProfile.MIN_SHARE * pages));
        Map<String, Integer> frequent = sites.blocksOnAtLeast(site, needed);
        if (frequent.isEmpty()) return;
        for (Item it : items) {
            if (it.fate != Fate.OPEN) continue;
            Integer seen = frequent.get(SiteProfile.fingerprint(it.text));
            if (seen != null) it.remove(SiteProfile.BOILERPLATE, "site:seen on " + seen + " of " + pages + " pages of " + site);
        }
    }

    private static Extraction collect(List<Item> items, PageMeta meta) {
        List<Block> body = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        List<RemovedBlock> removed = new ArrayList<>();
        for (Item it : items) {
            switch (it.fate) {
                case BODY, HEADING -> body.add(new Block(it.text, it.fate == Fate.HEADING ? "heading" : kindOf(it.c), it.c.position()));
                case CAPTION -> {
                    captions.add(it.text);
                    removed.add(new RemovedBlock(it.text, "caption", "caption:moved-to-captions", it.c.position()));
                }
                case TITLE -> removed.add(new RemovedBlock(it.text, "title", "title:moved-to-metadata", it.c.position()));
                case SUBTITLE -> removed.add(new RemovedBlock(it.text, "subtitle", "subtitle:moved-to-metadata", it.c.position()));
                case REMOVED -> removed.add(new RemovedBlock(it.text, it.reason, it.rule, it.c.position()));
                default -> removed.add(new RemovedBlock(it.text, "low-content", "low-content:undecided", it.c.position()));
            }
        }
        return meta.toExtraction(body, captions, removed);
    }

    private static String kindOf(Candidate c) {
        if (c.tag() == null) return "body";
        return switch (c.tag()) {
            case "li", "dd", "dt" -> "list";
            case "blockquote" -> "quote";
            case "pre", "code" -> "code";
            case "tr", "td", "th", "table" -> "table";
            default -> c.isHeadingTag() ? "heading" : "body";
        };
    }
}
