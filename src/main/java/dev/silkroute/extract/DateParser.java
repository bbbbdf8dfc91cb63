package dev.silkroute.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full calendar dates (with a year) in running text and writes them as ISO 8601 at the
 * granularity written: {@code 2018-01-19}, {@code 2024-03-04T20:15}, {@code 2018-01-22T16:06:47+08:00}.
 * Knows ISO and slashed forms, English and Russian month names, the month names of some thirty
 * other languages (CLDR, {@link MonthNames}), Chinese 年月日 and day-first dotted dates. Numeric
 * day/month forms are read only when the numbers leave one reading (30/04/2024); 03/04/2024 is not guessed.
 */
public final class DateParser {

    /** A date found in a string: its ISO value and where it stood (char offsets, end exclusive). */
    public record Found(String iso, int start, int end) {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4), Map.entry("мая", 5),
            Map.entry("май", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("авг", 8), Map.entry("сен", 9),
            Map.entry("окт", 10), Map.entry("ноя", 11), Map.entry("дек", 12));

    /** English month names, full and abbreviated, for patterns that ignore case (a grid's date lines use them too). */
    static final String EN_MONTH_NAMES = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    private static final String EN_MONTH = "(" + EN_MONTH_NAMES + ")\\.?";
    private static final String RU_MONTH = "(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?"
            + "|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])";
    private static final String TIME = "(?:[ T,|\\-–]+(?:(?:at|à|um|alle|a las|kl\\.?|klo)\\s+)?(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?(?:\\.\\d+)?"
            + "\\s*(AM|PM|a\\.m\\.|p\\.m\\.)?\\s*(Z|(?:UTC|GMT)?[+-]\\d{1,2}(?::?\\d{2})?(?!\\d)|UTC|GMT)?)?";
    /**
     * The end of an English date's year, or a page's "time ago" glued to it: WordPress news themes
     * print "April 10, 2023" and "3 years" ago in two elements, and a dump joins them ("April 10,
     * 20233 years").
     */
    private static final String EN_YEAR_END = "(?:\\b|(?=\\d{1,2}\\s?(?:years?|months?|weeks?|days?|hours?|minutes?|mins?)\\b))";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** NUMERIC_EITHER: 30/04/2024 or 04/30/2024, read only when the numbers leave one reading. */
    private enum Order { YMD, MDY, DMY, DMY_SHORT_YEAR, NUMERIC_EITHER }

    private record Form(Pattern pattern, Order order, boolean namedMonth) {}

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<![\\d])(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"
                    + "(?:\\s*(?:上午|下午)?\\s*(\\d{1,2})[:：时](\\d{2})分?(?:[:：](\\d{2}))?()())?", FLAGS), Order.YMD, false),
            new Form(Pattern.compile("(?<![\\d])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])" + TIME, FLAGS), Order.YMD, false),
            new Form(Pattern.compile("\\b" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + EN_YEAR_END + TIME, FLAGS), Order.MDY, true),
            new Form(Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + ",?\\s+(\\d{4})" + EN_YEAR_END + TIME, FLAGS),
                    Order.DMY, true),
            new Form(Pattern.compile("(?<![\\d])(\\d{1,2})\\s+" + RU_MONTH + "\\s+(\\d{4})(?:\\s*г(?:ода|\\.)?)?" + TIME, FLAGS),
                    Order.DMY, true),
            new Form(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.[\\s\u00A0]?(\\d{1,2})\\.[\\s\u00A0]?(\\d{4})(?![\\d])" + TIME, FLAGS), Order.DMY, false),
            // "30 août 2023", "5 de enero de 2025", "28. April 2023", "2. februar 2025": CLDR month names
            // ...and "21.dez.2018", dots for spaces
            new Form(Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})(?:\\.?[\\s\u00A0]+|\\.)(?:de\\s+)?(" + MonthNames.ALTERNATION + ")"
                    + "(?:\\.|\\.?(?:\\s+de)?,?[\\s\u00A0]+)(\\d{4})\\b" + TIME, FLAGS), Order.DMY, true),
            new Form(Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])" + TIME, FLAGS), Order.NUMERIC_EITHER, false),
            // "Veröffentlicht am 27.04.24 um 07:39 Uhr": German and Russian sites print two-digit years
            new Form(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])" + TIME, FLAGS), Order.DMY_SHORT_YEAR, false));

    /** The fewest digits any form holds: day, month and a two-digit year ("1.2.24"). */
    private static final int MIN_DIGITS = 4;

    private static int asciiDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < MIN_DIGITS; i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') n++;
        return n;
    }

    /** The first full date in {@code s}, if any. */
    public Optional<Found> find(String s) {
        List<Found> all = findAll(s);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every full date in {@code s}, in order, without overlaps. */
    public List<Found> findAll(String s) {
        return findAll(s, () -> false);
    }

    /**
     * Every full date in {@code s}; when {@code dayFirst} says so, a numeric date both ways valid
     * (10/07/2026) is read day first, as everywhere but the United States writes it. It is asked
     * only when such a date is met, which few lines hold.
     */
    public List<Found> findAll(String s, java.util.function.BooleanSupplier dayFirst) {
        List<Found> found = new ArrayList<>();
        if (asciiDigits(s) < MIN_DIGITS) return found; // most lines of a page: nine patterns spared
        for (Form form : FORMS) {
            Matcher m = form.pattern.matcher(s);
            while (m.find()) {
                if (overlaps(found, m.start(), m.end())) continue;
                String iso = iso(m, form, dayFirst);
                if (iso != null) found.add(new Found(iso, m.start(), trimEnd(s, m.end())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        return found;
    }

    private static int trimEnd(String s, int end) {
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return end;
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) if (start < f.end && end > f.start) return true;
        return false;
    }

    /** 24 → 2024; a two-digit year more than a year ahead of today is last century's (99 → 1999). */
    private static int fullYear(int yy) {
        int thisYear = LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        int y = 2000 + yy;
        return y > thisYear + 1 ? y - 100 : y;
    }

    private static String iso(Matcher m, Form form, java.util.function.BooleanSupplier dayFirst) {
        int y, mo, d;
        try {
            switch (form.order) {
                case YMD -> { y = num(m.group(1)); mo = num(m.group(2)); d = num(m.group(3)); }
                case MDY -> { mo = month(m.group(1)); d = num(m.group(2)); y = num(m.group(3)); }
                case NUMERIC_EITHER -> {
                    int a = num(m.group(1)), b = num(m.group(2));
                    y = num(m.group(3));
                    if (a > 12 && b <= 12 || a == b) { d = a; mo = b; }
                    else if (b > 12 && a <= 12) { d = b; mo = a; }
                    else if (dayFirst.getAsBoolean()) { d = a; mo = b; }
                    else return null; // 03/04/2024: March or April, nothing says which
                }
                case DMY_SHORT_YEAR -> { d = num(m.group(1)); mo = num(m.group(2)); y = fullYear(num(m.group(3))); }
                default -> { d = num(m.group(1)); mo = form.namedMonth ? month(m.group(2)) : num(m.group(2)); y = num(m.group(3)); }
            }
            LocalDate.of(y, mo, d);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        if (y < 1900 || y > 2100) return null;
        // by hand, not String.format: every date of every page passes here
        StringBuilder iso = new StringBuilder(25);
        padded(iso, y, 4).append('-');
        padded(iso, mo, 2).append('-');
        padded(iso, d, 2);
        if (m.groupCount() >= 5 && m.group(4) != null) {
            int h = num(m.group(4));
            int min = num(m.group(5));
            String ampm = m.groupCount() >= 7 ? m.group(7) : null;
            String before = m.group(0);
            if (ampm != null && !ampm.isEmpty()) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (pm && h < 12) h += 12;
                if (!pm && h == 12) h = 0;
            } else if (before.contains("下午") && h < 12) {
                h += 12;
            }
            if (h > 23 || min > 59) return iso.toString();
            padded(iso.append('T'), h, 2).append(':');
            padded(iso, min, 2);
            if (m.group(6) != null && !m.group(6).isEmpty()) iso.append(':').append(m.group(6));
            String zone = m.groupCount() >= 8 ? m.group(8) : null;
            if (zone != null && !zone.isEmpty()) {
                String z = zone.toUpperCase(Locale.ROOT);
                if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) iso.append('Z');
                else iso.append(offset(z.replace("UTC", "").replace("GMT", "")));
            }
        }
        return iso.toString();
    }

    /** "+1" → "+01:00", "+0530" → "+05:30", "-05:00" as it is. */
    private static String offset(String z) {
        String sign = z.substring(0, 1), digits = z.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        String minutes = digits.length() <= 2 ? "00" : digits.substring(digits.length() - 2);
        return padded(new StringBuilder(sign), hours, 2).append(':').append(minutes).toString();
    }

    /** {@code n} in at least {@code width} digits, zeros in front (n is never negative here). */
    private static StringBuilder padded(StringBuilder to, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) to.append('0');
        return to.append(digits);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    /**
     * The other languages' names whole (CLDR: Finnish "marraskuuta" is November, not "mar"), then
     * English and Russian names by their first three letters.
     */
    private static int month(String name) {
        Integer m = MonthNames.month(name);
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (m == null) m = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        if (m == null) throw new NumberFormatException(name);
        return m;
    }
}
