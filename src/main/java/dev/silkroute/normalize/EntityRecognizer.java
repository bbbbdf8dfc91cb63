package dev.silkroute.normalize;

import dev.silkroute.extract.DateParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions of places, organizations and initiatives (by gazetteer, across scripts), and of
 * dates and amounts (by pattern), and gives each its canonical name, identifier or value.
 * Offsets are code points of the text it is given.
 *
 * <p>People and organizations the tables miss are found by their shape ({@link NamePatterns}), with
 * short forms resolved to the full name; Russian and Kazakh case forms are matched through their
 * nominative ({@link CyrillicInflection}). What it does not do yet: Russian names of people and
 * organizations beyond the tables.
 */
public final class EntityRecognizer {
    private static final int MAX_WORDS = 8;
    private static final int MAX_CJK = 12;
    private static final Pattern YEARLESS_EN = Pattern.compile(
            "\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
                    + "|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})(\\s+last year)?");
    private static final Pattern YEARLESS_ZH = Pattern.compile("(?<![年\\d])(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(this|last|next) year\\b");
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "\\b((?:[Ll]ast|[Tt]his|[Nn]ext) year|(\\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]wenty) years? ago)\\b");
    private static final Pattern LATER = Pattern.compile(
            "\\b(?:(?:an?|(\\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)|[Aa]n?)\\s+(days?|weeks?|months?|years?)\\s+later"
                    + "|\\b[Tt]he\\s+(?:following|next)\\s+(day|week|month|year))\\b");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private static int number(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.equals("twenty")) return 20;
        int i = NUMBER_WORDS.indexOf(w);
        return i >= 0 ? i : Integer.parseInt(w);
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|until|from|of|before|after)\\s+((?:19|20)\\d{2})\\b(?![-/.]\\d)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(%|percent\\b|per cent\\b)");
    private static final Pattern SCALED = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(million|billion|thousand|trillion)?\\s*"
                    + "(square kilometers|square kilometres|sq km|km2|kilometers|kilometres|km|tons|tonnes|"
                    + "(?:US )?dollars|USD|yuan|RMB|euros)?\\b");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("square kilometers", "km2"), Map.entry("square kilometres", "km2"), Map.entry("sq km", "km2"),
            Map.entry("km2", "km2"), Map.entry("kilometers", "km"), Map.entry("kilometres", "km"), Map.entry("km", "km"),
            Map.entry("tons", "t"), Map.entry("tonnes", "t"));
    private static final Map<String, String> CURRENCIES = Map.of(
            "dollars", "USD", "us dollars", "USD", "usd", "USD", "yuan", "CNY", "rmb", "CNY", "euros", "EUR");

    private final Gazetteer gazetteer;
    private final DateParser dates = new DateParser();
    private final NamePatterns names = new NamePatterns();

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param dct the document's publication date (ISO), to resolve "Jan 9" and "9月28日"; null leaves them unresolved
     */
    public List<Entity> recognize(String text, String dct) {
        List<Span> spans = new ArrayList<>();
        findNames(text, spans);
        for (NamePatterns.Found f : names.find(text)) {
            String surface = text.substring(f.start(), f.end());
            if (f.type().equals("GPE")) {
                // "Gansu Province" is Gansu: the administrative word does not make a new place
                Gazetteer.Entry known = gazetteer.lookup(surface.substring(0, surface.lastIndexOf(' ')));
                if (known != null && known.type().equals("GPE")) {
                    spans.add(new Span(f.start(), f.end(), "GPE", known.canonical(), known.id(), known.xrefs(), null));
                    continue;
                }
            }
            // "at Xinjiang Conference": a known place and an event word describe an event, they do not name one
            if (f.type().equals("EVENT") && surface.indexOf(' ') == surface.lastIndexOf(' ') && surface.indexOf(' ') > 0) {
                Gazetteer.Entry place = gazetteer.lookup(surface.substring(0, surface.indexOf(' ')));
                if (place != null && place.type().equals("GPE")) continue;
            }
            String canonical = f.canonical() != null ? f.canonical() : surface.replace('’', '\'');
            spans.add(new Span(f.start(), f.end(), f.type(), canonical, null, List.of(), null));
        }
        disambiguateByCountry(text, spans);
        findDates(text, dct, spans);
        findAmounts(text, spans);
        spans.sort(Comparator.comparingInt((Span s) -> s.start).thenComparingInt(s -> -(s.end - s.start)));
        List<Entity> out = new ArrayList<>();
        int lastEnd = -1;
        for (Span s : spans) {
            if (s.start < lastEnd) continue; // flat and maximal: the longest span at a place wins
            out.add(new Entity(text.codePointCount(0, s.start), text.codePointCount(0, s.end), text.substring(s.start, s.end),
                    s.type, s.canonical, s.id, s.xrefs, s.value));
            lastEnd = s.end;
        }
        return out;
    }

    /**
     * A place name shared by towns in several countries goes to the one in the country the document
     * talks about: the countries named, and the countries of the places it names without doubt. With no
     * such evidence the most populous namesake stays.
     */
    private void disambiguateByCountry(String text, List<Span> spans) {
        Map<String, Integer> countries = new java.util.HashMap<>();
        Map<Integer, List<Gazetteer.Entry>> doubtful = new java.util.LinkedHashMap<>();
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.id == null) continue;
            List<Gazetteer.Entry> namesakes = s.id.startsWith("geonames:") ? gazetteer.namesakes(text.substring(s.start, s.end)) : List.of();
            if (!namesakes.isEmpty()) { doubtful.put(k, namesakes); continue; }
            String country = gazetteer.country(s.id, s.xrefs);
            if (country != null) countries.merge(country, 1, Integer::sum);
        }
        doubtful.forEach((k, namesakes) -> {
            Span s = spans.get(k);
            Gazetteer.Entry best = null;
            int bestCount = 0;
            for (Gazetteer.Entry e : namesakes) {
                int count = countries.getOrDefault(gazetteer.country(e.id(), e.xrefs()), 0);
                if (count > bestCount) { best = e; bestCount = count; }
            }
            if (best != null && !best.id().equals(s.id)) {
                spans.set(k, new Span(s.start, s.end, s.type, best.canonical(), best.id(), best.xrefs(), s.value));
            }
        });
    }

    private record Span(int start, int end, String type, String canonical, String id, List<String> xrefs, String value) {}

    private void findNames(String text, List<Span> spans) {
        List<int[]> words = new ArrayList<>();
        Matcher m = Gazetteer.WORD.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            while (e > s && ".-'’".indexOf(text.charAt(e - 1)) >= 0) e--;
            if (isCjk(text.codePointAt(s))) {
                findCjk(text, s, e, spans);
                continue;
            }
            // possessive 's is not part of a name ("China's" → China)
            if (e - s > 2 && (text.startsWith("'s", e - 2) || text.startsWith("’s", e - 2))) e -= 2;
            // a hyphenated compound of names is split into its names ("Xinjiang-Central Asia")
            int from = s;
            for (int k = s + 1; k < e - 1; k++) {
                if (text.charAt(k) == '-' && Character.isUpperCase(text.charAt(k + 1)) && Character.isUpperCase(text.charAt(from))) {
                    words.add(new int[]{from, k});
                    from = k + 1;
                }
            }
            words.add(new int[]{from, e});
        }
        for (int i = 0; i < words.size(); i++) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            if (!gazetteer.mayStartWith(word)) {
                inflected(word, words.get(i)[0], spans);
                continue;
            }
            boolean found = false;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && !found; n--) {
                int s = words.get(i)[0], e = words.get(i + n - 1)[1];
                if (n > 1 && text.substring(s, e).contains("\n")) continue;
                String surface = text.substring(s, e);
                Gazetteer.Entry entry = gazetteer.lookup(surface);
                if (entry == null || !plausibleSurface(surface, n)) continue;
                boolean headsLongerName = i + n < words.size() && Character.isUpperCase(text.charAt(words.get(i + n)[0]))
                        && text.substring(e, words.get(i + n)[0]).equals(" ");
                // flat and maximal: a region or a town's name at the head of a longer name the tables
                // do not know ("Silk Road Friendship City", "Central Committee") is not a mention
                if (headsLongerName && entry.type().equals("LOC")) continue;
                // imported lists (GeoNames towns, CLDR provinces) name places after ordinary words more often than curated tables do
                boolean imported = entry.id() != null && (entry.id().startsWith("geonames:") || entry.id().startsWith("iso3166-2:"));
                // ... or ends one ("Kashgar Old Town" is not the town "Old Town"), unless the word before is
                // a name of its own ("Quanzhou Licheng": the city, then its district)
                boolean endsLongerName = i > 0 && Character.isUpperCase(text.charAt(words.get(i - 1)[0]))
                        && text.substring(words.get(i - 1)[1], s).equals(" ")
                        && gazetteer.lookup(text.substring(words.get(i - 1)[0], words.get(i - 1)[1])) == null;
                if (imported && (headsLongerName || endsLongerName || looksLikeAWord(text, surface))) continue;
                // determiners are not part of the span ("the Belt and Road Initiative")
                if (n > 1 && text.substring(s, words.get(i)[1]).equalsIgnoreCase("the")) s = words.get(i + 1)[0];
                spans.add(new Span(s, e, entry.type(), entry.canonical(), entry.id(), entry.xrefs(), null));
                i += n - 1;
                found = true;
            }
            if (!found) inflected(word, words.get(i)[0], spans);
        }
    }

    /** A Russian or Kazakh name with a case ending ("Казахстаном", "Қазақстанның") is the name it inflects. */
    private void inflected(String word, int start, List<Span> spans) {
        for (String nominative : CyrillicInflection.nominatives(word)) {
            Gazetteer.Entry entry = gazetteer.lookup(nominative);
            if (entry == null) continue;
            spans.add(new Span(start, start + word.length(), entry.type(), entry.canonical(), entry.id(), entry.xrefs(), null));
            return;
        }
    }

    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /**
     * GeoNames has towns called "Central", "March" and "Taking": a place name from it that the same
     * text also uses as an ordinary lower-case word, or a calendar word, is that word, not the town.
     */
    private static boolean looksLikeAWord(String text, String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        if (CALENDAR.contains(lower)) return true;
        if (!surface.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) return false;
        Matcher m = Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text);
        return m.find();
    }

    /** Names are capitalized; lower-case matches only for long aliases ("the belt and road initiative"), and short ones must be capitals ("US", not "us"). */
    private static boolean plausibleSurface(String surface, int words) {
        if (surface.length() <= 3) return surface.equals(surface.toUpperCase(Locale.ROOT));
        return Character.isUpperCase(surface.codePointAt(0)) || words >= 3;
    }

    private void findCjk(String text, int start, int end, List<Span> spans) {
        for (int i = start; i < end; ) {
            int found = 0;
            boolean mayStart = i + 2 <= end && gazetteer.mayStartWithCjk(text.substring(i, i + 2));
            for (int len = Math.min(MAX_CJK, end - i); mayStart && len >= 2; len--) {
                Gazetteer.Entry entry = gazetteer.lookup(text.substring(i, i + len));
                if (entry != null) {
                    int org = entry.type().equals("GPE") ? chineseOrganizationEnd(text, i, i + len, end) : -1;
                    if (org > 0) spans.add(new Span(i, org, "ORG", text.substring(i, org), null, List.of(), null));
                    spans.add(new Span(i, i + len, entry.type(), entry.canonical(), entry.id(), entry.xrefs(), null));
                    found = len;
                    break;
                }
            }
            i += found > 0 ? found : 1;
        }
    }

    /** Chinese institution words that make a place name into an organization's: 乌鲁木齐市人民政府, 泉州市政协. */
    private static final Pattern CHINESE_ORG_END = Pattern.compile(
            "(?:人民政府|政府|委员会|办公室|政协|市委|县委|区委|省委|党委|公司|集团|银行|协会|联盟|研究院|研究所|大学|管理局|局|厅)$");

    /** The end of the longest organization name that starts with a place, or -1: a run of Han characters ending in an institution word. */
    private static int chineseOrganizationEnd(String text, int start, int placeEnd, int runEnd) {
        int best = -1;
        for (int e = placeEnd + 1; e <= Math.min(runEnd, placeEnd + 14); e++) {
            if (Character.UnicodeScript.of(text.charAt(e - 1)) != Character.UnicodeScript.HAN) break;
            if (CHINESE_ORG_END.matcher(text.substring(start, e)).find()) best = e;
        }
        return best;
    }

    private void findDates(String text, String dct, List<Span> spans) {
        for (DateParser.Found f : dates.findAll(text)) {
            spans.add(new Span(f.start(), f.end(), f.iso().contains("T") ? "TIME" : "DATE", null, null, List.of(), f.iso()));
        }
        LocalDate anchor = parseDct(dct);
        Matcher en = YEARLESS_EN.matcher(text);
        while (en.find()) {
            int month = monthOf(en.group(1));
            int day = Integer.parseInt(en.group(2));
            boolean lastYear = en.group(3) != null;
            spans.add(new Span(en.start(), en.end(), "DATE", null, null, List.of(), resolve(anchor, month, day, lastYear)));
        }
        Matcher zh = YEARLESS_ZH.matcher(text);
        while (zh.find()) {
            spans.add(new Span(zh.start(), zh.end(), "DATE", null, null, List.of(),
                    resolve(anchor, Integer.parseInt(zh.group(1)), Integer.parseInt(zh.group(2)), false)));
        }
        Matcher wd = WEEKDAY.matcher(text);
        while (wd.find()) {
            String value = null;
            if (anchor != null) {
                // news says "on Monday" of the week it reports: the latest such day on or before publication
                java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
                value = anchor.with(java.time.temporal.TemporalAdjusters.previousOrSame(day)).toString();
            }
            spans.add(new Span(wd.start(1), wd.end(1), "DATE", null, null, List.of(), value));
        }
        Matcher mry = MONTH_RELATIVE_YEAR.matcher(text);
        while (mry.find()) {
            String value = null;
            if (anchor != null) {
                String which = mry.group(2).toLowerCase(Locale.ROOT);
                int year = anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                value = String.format("%d-%02d", year, monthOf(mry.group(1)));
            }
            spans.add(new Span(mry.start(), mry.end(), "DATE", null, null, List.of(), value));
        }
        Matcher rel = RELATIVE_YEAR.matcher(text);
        while (rel.find()) {
            String value = null;
            if (anchor != null) {
                String what = rel.group(1).toLowerCase(Locale.ROOT);
                int year = anchor.getYear();
                if (what.startsWith("last")) year -= 1;
                else if (what.startsWith("next")) year += 1;
                else if (rel.group(2) != null) year -= number(rel.group(2));
                value = String.valueOf(year);
            }
            spans.add(new Span(rel.start(), rel.end(), "DATE", null, null, List.of(), value));
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) spans.add(new Span(y.start(1), y.end(1), "DATE", null, null, List.of(), y.group(1)));
        afterPreviousDate(text, anchor, spans);
    }

    /**
     * "A month later", "two days later", "the following year": counted from the date the story gave
     * last before it (at that date's granularity), or from the publication date when it gave none.
     */
    private static void afterPreviousDate(String text, LocalDate dct, List<Span> spans) {
        List<Span> dated = new ArrayList<>();
        for (Span s : spans) if ((s.type.equals("DATE") || s.type.equals("TIME")) && s.value != null) dated.add(s);
        dated.sort(Comparator.comparingInt(s -> s.start));
        Matcher m = LATER.matcher(text);
        while (m.find()) {
            String base = dct == null ? null : dct.toString();
            for (Span d : dated) if (d.end <= m.start()) base = d.value;
            int count = m.group(1) != null ? number(m.group(1)) : 1;
            String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
            Span later = new Span(m.start(), m.end(), "DATE", null, null, List.of(), shift(base, count, unit));
            spans.add(later);
            // the next "later" counts from this one: "A month later ... The following week ..."
            if (later.value != null) {
                dated.add(later);
                dated.sort(Comparator.comparingInt(x -> x.start));
            }
        }
    }

    /** Adds count units to an ISO date of any granularity (2023, 2023-05, 2023-05-19[Thh:mm]), keeping it. */
    static String shift(String iso, int count, String unit) {
        if (iso == null) return null;
        String date = iso.contains("T") ? iso.substring(0, iso.indexOf('T')) : iso;
        String[] p = date.split("-");
        try {
            if (p.length == 1) return unit.startsWith("year") ? String.valueOf(Integer.parseInt(p[0]) + count) : null;
            if (p.length == 2) {
                java.time.YearMonth ym = java.time.YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                if (unit.startsWith("year")) return ym.plusYears(count).toString();
                if (unit.startsWith("month")) return ym.plusMonths(count).toString();
                return null; // "two days later" than "May 2023" is no particular day
            }
            LocalDate d = LocalDate.parse(date);
            return switch (unit.replaceAll("s$", "")) {
                case "day" -> d.plusDays(count).toString();
                case "week" -> d.plusWeeks(count).toString();
                case "month" -> d.plusMonths(count).toString();
                case "year" -> d.plusYears(count).toString();
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A yearless date is in the publication year, unless that puts it well after publication: then the year before. */
    private static String resolve(LocalDate anchor, int month, int day, boolean lastYear) {
        if (anchor == null || month < 1 || month > 12 || day < 1 || day > 31) return null;
        int year = anchor.getYear() - (lastYear ? 1 : 0);
        try {
            LocalDate d = LocalDate.of(year, month, day);
            if (!lastYear && d.isAfter(anchor.plusDays(45))) d = d.minusYears(1);
            return d.toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalDate parseDct(String dct) {
        if (dct == null || dct.length() < 10) return null;
        try {
            return LocalDate.parse(dct.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static int monthOf(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < months.length; i++) if (months[i].equals(key)) return i + 1;
        return -1;
    }

    private void findAmounts(String text, List<Span> spans) {
        Matcher p = PERCENT.matcher(text);
        while (p.find()) spans.add(new Span(p.start(), p.end(), "PERCENT", null, null, List.of(), p.group(1) + "%"));
        Matcher m = SCALED.matcher(text);
        while (m.find()) {
            String scale = m.group(2), unit = m.group(3);
            if (scale == null && unit == null) continue;
            BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
            if (scale != null) {
                n = n.multiply(switch (scale) {
                    case "thousand" -> BigDecimal.valueOf(1_000);
                    case "million" -> BigDecimal.valueOf(1_000_000);
                    case "billion" -> BigDecimal.valueOf(1_000_000_000);
                    default -> BigDecimal.valueOf(1_000_000_000_000L);
                });
            }
            String number = n.stripTrailingZeros().toPlainString();
            String type = "QUANTITY", value = number;
            if (unit != null) {
                String u = unit.toLowerCase(Locale.ROOT);
                if (CURRENCIES.containsKey(u)) { type = "MONEY"; value = number + " " + CURRENCIES.get(u); }
                else value = number + " " + UNITS.getOrDefault(u, u);
            }
            int end = m.end();
            while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
            spans.add(new Span(m.start(), end, type, null, null, List.of(), value));
        }
    }

    private static boolean isCjk(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
