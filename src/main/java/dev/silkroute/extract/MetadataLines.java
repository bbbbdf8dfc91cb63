package dev.silkroute.extract;

import dev.silkroute.extract.Item.Fate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Lines that state the article's dates, source, byline or section: read into the metadata and left
 * out of the text.
 */
final class MetadataLines {
    private final HeaderLines header;
    private final PublisherNames publishers;

    MetadataLines(HeaderLines header, PublisherNames publishers) {
        this.header = header;
        this.publishers = publishers;
    }

    /**
     * Whether the page writes dates day first, for a numeric date like 02/12/2024 whose own line
     * does not say: the page's declared language is not English, or one of its lines shows it (see
     * {@link HeaderLines#saysDayFirst}). Found out once, and only when such a date is met.
     */
    private BooleanSupplier pageWritesDayFirst(List<Item> items, PageMeta meta) {
        Boolean[] known = {null};
        return () -> {
            if (known[0] == null) {
                String lang = meta.language == null ? "" : meta.language.toLowerCase(Locale.ROOT);
                boolean declared = !lang.isEmpty() && !lang.startsWith("en");
                known[0] = declared || lang.startsWith("en-gb") || items.stream().anyMatch(it -> header.saysDayFirst(it.text));
            }
            return known[0];
        };
    }

    /**
     * A date read off a metadata line, with the line's number and its block's index.
     * @param bylined whether the date's line also names the author ("Par Jean Dupont — 24 novembre 2017 à 18:42")
     */
    record DateLine(HeaderLines.LabelledDate date, int line, int index, boolean bylined) {}

    List<DateLine> readMetadataLines(List<Item> items, PageMeta meta) {
        List<DateLine> dates = new ArrayList<>();
        BooleanSupplier dayFirst = pageWritesDayFirst(items, meta);
        boolean beforeTitle = true;
        for (int index = 0; index < items.size(); index++) {
            Item it = items.get(index);
            if (it.fate == Fate.TITLE) { beforeTitle = false; continue; }
            if (it.fate != Fate.OPEN || it.tableRow) continue;
            List<HeaderLines.LabelledDate> ds = header.dates(it.text, dayFirst);
            Optional<String> src = header.source(it.text);
            if (!ds.isEmpty() || src.isPresent()) {
                Optional<List<String>> author = ds.isEmpty() ? Optional.empty() : header.bylineBesideDate(it.text);
                author.ifPresent(names -> meta.byline(names, "line " + it.c.position()));
                for (HeaderLines.LabelledDate d : ds) dates.add(new DateLine(d, it.c.position(), index, author.isPresent()));
                src.ifPresent(s -> meta.source(publishers.canonical(s), "line " + it.c.position() + " '" + it.text + "'"));
                it.remove("metadata", ds.isEmpty() ? "metadata:source" : "metadata:date");
                continue;
            }
            Optional<List<String>> by = header.byline(it.text);
            if (by.isPresent()) {
                meta.byline(by.get(), "line " + it.c.position());
                it.remove("metadata", "metadata:byline");
                continue;
            }
            if (beforeTitle || meta.section == null) {
                Optional<String> crumb = header.breadcrumbSection(it.text);
                if (crumb.isPresent() && (beforeTitle || it.weight < 60)) {
                    meta.section(crumb.get(), "breadcrumb line " + it.c.position() + " '" + it.text + "'");
                    it.remove("metadata", "metadata:breadcrumb");
                }
            }
        }
        return dates;
    }

    /**
     * A page prints many dates (related stories, comments, the footer's year); the article's own
     * stand by its title and the start of its text. When some do, only those count.
     */
    static List<DateLine> articleHeaderDates(List<DateLine> dates, ArticleSpan.Layout layout) {
        if (layout.first() < 0) return dates;
        int from = layout.title() >= 0 ? layout.title() - 2 : layout.first() - TitleChoice.TITLE_NEAR_TEXT, to = layout.first() + 2;
        // the date on the author's line, from the title to the end of the text, is the article's own:
        // the teasers around it are dated too, but not signed (a teaser signed below the text is a
        // related story's)
        for (DateLine d : dates) if (d.bylined() && d.index() >= from && d.index() <= layout.last()) return List.of(d);
        List<DateLine> near = new ArrayList<>();
        for (DateLine d : dates) if (d.index() >= from && d.index() <= to) near.add(d);
        if (!near.isEmpty()) return near;
        // no date by the title: a line that reads like a dateline (a label, or a time of day) rather
        // than a date inside some headline or list elsewhere on the page
        // (a date beside a stamped one on its line is as much a dateline: "5 gennaio 2025 (modifica il 6 gennaio 2025 | 15:24)")
        Set<Integer> stampedLines = new HashSet<>();
        for (DateLine d : dates) {
            if (d.date().role() != HeaderLines.DateRole.UNLABELLED || d.date().iso().contains("T")) stampedLines.add(d.index());
        }
        List<DateLine> stamped = new ArrayList<>();
        for (DateLine d : dates) if (stampedLines.contains(d.index())) stamped.add(d);
        return stamped.isEmpty() ? dates : stamped;
    }

    /**
     * A page that labels one date "published" is taken at its word. A page that only says "updated"
     * (twice, as many portals do) was published at the earliest of those dates and modified at the
     * latest. Unlabelled dates are read as the one nearest the start of the main text: the others
     * belong to related stories above or below it (multilingual text dumps: 69 -> 73 of 91 dates
     * right, where the earliest was taken before; HTML pages unchanged).
     */
    static void resolveDates(List<DateLine> lines, PageMeta meta, int textStart) {
        if (lines.isEmpty()) return;
        DateLine published = null, earliest = null, latest = null, nearest = null;
        boolean allUpdated = true;
        for (DateLine l : lines) {
            String iso = l.date().iso();
            if (l.date().role() == HeaderLines.DateRole.PUBLISHED && published == null) published = l;
            if (l.date().role() != HeaderLines.DateRole.MODIFIED) allUpdated = false;
            if (earliest == null || iso.compareTo(earliest.date().iso()) < 0) earliest = l;
            if (latest == null || iso.compareTo(latest.date().iso()) > 0) latest = l;
            if (nearest == null || distance(l, textStart) < distance(nearest, textStart)) nearest = l;
        }
        boolean byEarliest = allUpdated || textStart < 0;
        DateLine pub = published != null ? published : byEarliest ? earliest : nearest;
        String why = published != null ? " (labelled published)" : byEarliest ? " (earliest date)" : " (the date nearest the main text)";
        meta.published(pub.date().iso(), "line " + pub.line() + why);
        for (DateLine l : lines) {
            if (l.date().role() == HeaderLines.DateRole.MODIFIED && l != pub && !l.date().iso().equals(pub.date().iso())) {
                DateLine mod = latest.date().role() == HeaderLines.DateRole.MODIFIED ? latest : l;
                meta.modified(mod.date().iso(), "line " + mod.line() + " (labelled updated)");
                break;
            }
        }
    }

    /**
     * How far a dateline stands from the start of the text, a line below it counting double: a
     * page's dateline stands above its text, and the dates below are related stories' (multilingual
     * text dumps: 75 -> 76 of 91 dates right; HTML unchanged).
     */
    static int distance(DateLine l, int textStart) {
        int d = l.index() - textStart;
        return d <= 0 ? -d : 2 * d;
    }
}
