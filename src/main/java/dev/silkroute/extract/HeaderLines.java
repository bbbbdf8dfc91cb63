package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the short lines around an article that carry metadata rather than text: dates with
 * their labels, "Source:" credits, bylines, breadcrumbs, and photo captions, in English, Chinese
 * and Russian (and the common labels of a few more languages).
 */
public final class HeaderLines {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** What kind of date a label announces. */
    public enum DateRole { PUBLISHED, MODIFIED, UNLABELLED }

    /** A date on a metadata line with the role its label gave it. */
    public record LabelledDate(String iso, DateRole role) {}

    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(published|posted|released|publication date|date|pub(lished)? on|发布时间|发布日期|发表时间|发布于|发表于|日期|时间|"
                    + "опубликовано|дата публикации|дата|veröffentlicht|publié le|publicado)\\s*(on|at|am|el|em)?\\s*[:：]?\\s*$", F);
    private static final Pattern MODIFIED_LABEL = Pattern.compile(
            "(updated|last updated|modified|last modified|edited|更新时间|更新于|更新|修改时间|обновлено|изменено|aktualisiert|"
                    + "mis à jour|actualizado|modificato|modifica|aggiornato|atualizado|aktualizováno|zaktualizowano|güncelleme"
                    + "|bijgewerkt|oppdatert|uppdaterad|opdateret|päivitetty|оновлено|更新日時|수정)\\s*(on|at|am|el|em|a|le|il|op|den)?\\s*[:：]?\\s*$", F);
    /**
     * A date label in a language other than English: its site writes dates day first, so 10/07/2026
     * is the tenth of July. (An English label says nothing: British and American sites differ.)
     */
    private static final Pattern DAY_FIRST_LABEL = Pattern.compile("veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
            + "actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano|опубликовано|обновлено|"
            + "yayınlan|güncellen", F);
    private static final Pattern SOURCE = Pattern.compile(
            "(?:^|\\s)(source|来源|來源|稿源|источник|quelle|fuente)\\s*[:：]\\s*(.+?)(?=\\s{2,}|\\s+(updated|published|posted|date|"
                    + "editor|author|by|发布|更新|作者|编辑|责任编辑)\\b|\\s+\\d{4}[-/.年]|$)", F);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|author|authors|reporter|作者|记者|文|撰文|автор|von|par|por)\\s*[:：|]?\\s+(.{2,80}?)\\s*$", F);
    /**
     * Bylines whose word for "by" also opens sentences ("di", "door", "av", "af"), read only before
     * a capitalized name of two to four words, and the Korean and Japanese forms that put the word
     * for reporter after the name ("고영권 기자", "渡辺洋介記者").
     */
    private static final Pattern NAME_BYLINE = Pattern.compile(
            "^(?:di|door|av|af)\\s+(\\p{Lu}[\\p{L}'.-]+(?:\\s+(?:(?:de|van|der|den|von|da|del|la|le)\\s+)?\\p{Lu}[\\p{L}'.-]+){1,3})$"
                    // the place names a Korean byline opens with are not the reporter's
                    + "|^(?:[\\p{IsHangul}\\p{IsHan},]+\\s+){0,3}([\\p{IsHangul}\\p{IsHan}]{2,5})\\s*(?:기자|記者)$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BREADCRUMB_SEP = Pattern.compile("\\s*(?:/|>|»|›|→|\\|)\\s*");
    /** A slash that joins a compound ("TCP/IP") or ends an abbreviation ("w/ palm rest"): no separator of crumbs. */
    private static final Pattern SLASH_IN_A_WORD = Pattern.compile("\\p{L}/\\p{L}|\\b\\p{L}{1,2}/\\s");
    /*
     * Caption patterns are lower case and run on the lower-cased line (see BoilerplateRules), and
     * split by where they can match: an alternation tried at every position of every paragraph had
     * cost a fifth of extraction time. "ＡＰ" is written "ａｐ".
     */
    /** A caption label opening the line: "Photo:", "图为". */
    private static final Pattern CAPTION_HEAD = Pattern.compile(
            "\\s*(photo|file photo|image|picture|pictured|фото|图|图片|图为)\\s*[:：/]", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * A credit closing the line, in the languages of European and Asian news sites: "(Photo by X)",
     * "/Xinhua", "（张三 摄）", "... Foto: Alexander Daleiden", "... Bildrechte: MDR",
     * "...Getty Images/Juanmonino", "...＝ＡＰ". Matched within the line's last {@link #CAPTION_TAIL_CHARS}.
     * A marked credit begins with its mark ({@link #CREDIT_STARTS}), and is tried only where the tail has
     * one, rather than at each of the tail's positions; a labelled one ("Foto:") only where it has a colon.
     */
    private static final Pattern MARKED_CREDIT = Pattern.compile(
            "\\((photo|image|picture|фото)[^)]{0,80}\\)\\s*$|[/／](xinhua|cfp|ic|vcg|afp|reuters|ap|getty images?|tass)\\)?\\s*$"
                    + "|[（(]\\s*\\S{0,10}摄\\s*[)）]\\s*$|供图\\s*$"
                    + "|[＝=][^＝=。]{1,30}(撮影|ａｐ|ａｆｐ|ロイター|共同)[^。]{0,12}$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String CREDIT_STARTS = "(（/／供=＝";
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(foto|fotos|photo|bild|bildrechte|imagen|immagine|kuva|fotó|zdjęcie|credit|crédit|фото)\\s*[:：]\\s*[^.!?。]{2,80}$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final int CAPTION_TAIL_CHARS = 140;
    /**
     * An agency credit with no mark before it: "... Foto: dpa" has one, "... Getty Images" does not.
     * Looked up by name rather than with a pattern tried at each of the tail's positions, which
     * was half of caption detection.
     */
    private static final List<String> AGENCIES = List.of("getty images", "dpa", "afp", "reuters", "epa", "ansa", "efe", "belga",
            "imago", "picture alliance", "연합뉴스", "뉴시스", "뉴스1");
    /** At most this many characters, none of them a sentence stop, follow the agency's name to the line's end. */
    private static final int AFTER_AGENCY = 40;
    /** "Photo taken on ... shows", "file photo ... courtesy of": only where a picture word is. */
    private static final Pattern CAPTION_PHOTO_WORDS = Pattern.compile(
            "\\b(photo|photograph|image|picture|file photo|aerial photo|screenshot)\\b.{0,80}\\b(taken|shows|show|by|courtesy|"
                    + "credit|provided|via|source)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Chinese photo credits inside the line: "新华社记者 张三 摄", "图为", "图片来源". */
    private static final Pattern CAPTION_CHINESE = Pattern.compile("(新华社记者|记者)\\s*\\S{2,4}\\s*摄|图为|图片来源");

    private static final DateParser DATES = new DateParser();

    /**
     * Dates on a short metadata line ("Published: Mar 04, 2024 08:15 PM", "Updated:2018-01-22 16:06:47",
     * "发布时间：2023年5月19日", "Опубликовано 11.05.2023"), each with the role of the label before it.
     * Empty when the line is long (a sentence that mentions a date is text) or has no full date.
     */
    public List<LabelledDate> dates(String line) {
        return dates(line, () -> false);
    }

    /**
     * @param pageDayFirst whether the page as a whole writes dates day first (see {@link #saysDayFirst}),
     *                     asked only for a numeric date that both orders allow and its own line does not settle
     */
    public List<LabelledDate> dates(String line, java.util.function.BooleanSupplier pageDayFirst) {
        List<LabelledDate> out = new ArrayList<>();
        if (line.length() > 160) return out;
        List<DateParser.Found> found = DATES.findAll(line, () -> DAY_FIRST_LABEL.matcher(line).find() || pageDayFirst.getAsBoolean());
        if (found.isEmpty()) return out;
        int letters = countLetters(line);
        // a metadata line is mostly the date and its labels; a short sentence has many more words
        if (letters - lettersIn(line, found) > 60) return out;
        int prev = 0;
        for (DateParser.Found f : found) {
            if (isDeadline(line, f.start())) {
                prev = f.end();
                continue;
            }
            String before = line.substring(prev, f.start());
            DateRole role = MODIFIED_LABEL.matcher(before).find() ? DateRole.MODIFIED
                    : PUBLISHED_LABEL.matcher(before).find() ? DateRole.PUBLISHED : DateRole.UNLABELLED;
            out.add(new LabelledDate(f.iso(), role));
            prev = f.end();
        }
        return out;
    }

    /**
     * The words before a date that make it a deadline or the end of a period, not the day a page was
     * written: "Book by Dec 31, 2025", "Travel through May 31, 2026", "valid until 30 June". A line of
     * such dates is an offer's or an event's, and stays in the text (extraction-dev: one travel page's
     * offers, HTML +0.05 and text +0.04 on it, nothing else moved; dates unchanged on all sets).
     * "Written by Feb 11, 2019" is still a dateline: only an action's "by" makes a deadline.
     */
    private static final Pattern DEADLINE = Pattern.compile("(?i)(\\b(through|thru|until|till|before|expires?|ends?|deadline)\\s*:?"
            + "|\\b(book|order|register|apply|submit|enrol|enroll|rsvp|due|pay)\\s*:?\\s+by)\\s*$");

    private static boolean isDeadline(String line, int dateStart) {
        return DEADLINE.matcher(line.substring(Math.max(0, dateStart - 30), dateStart)).find();
    }

    /** A numeric date that can only be day first: 23/12/2024. */
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(?<![\\d/])(1[3-9]|2\\d|3[01])/(0?[1-9]|1[0-2])/\\d{4}(?![\\d/])");

    /**
     * Whether a line shows that its page writes dates day first: a date label in a language other
     * than English ("Actualizado a las 20:56h." under "02/12/2024"), or a numeric date that can
     * only be read day first.
     */
    public boolean saysDayFirst(String line) {
        return line.length() <= 160 && (DAY_FIRST_LABEL.matcher(line).find() || line.indexOf('/') >= 0 && DAY_FIRST_DATE.matcher(line).find());
    }

    /** The publisher named on a "Source: X" line, as written. */
    public Optional<String> source(String line) {
        if (line.length() > 160) return Optional.empty();
        Matcher m = SOURCE.matcher(line);
        if (!m.find()) return Optional.empty();
        String name = m.group(2).strip();
        return name.isEmpty() || name.length() > 60 ? Optional.empty() : Optional.of(name);
    }

    /** The authors on a byline ("By Liu Xin and Wang Qi"), split into names. */
    public Optional<List<String>> byline(String line) {
        if (line.length() > 100) return Optional.empty();
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.find()) {
            m = NAME_BYLINE.matcher(line.strip());
            if (!m.find()) return Optional.empty();
        }
        String who = m.group(1) != null ? m.group(1) : m.group(2);
        List<String> names = new ArrayList<>();
        for (String n : AUTHOR_SEP.split(who)) {
            String name = n.replaceAll("\\s*[|(].*$", "").strip();
            if (!name.isEmpty() && name.length() <= 40) names.add(name);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /**
     * What joins co-authors on a byline: punctuation, or the word for "and" in the languages the
     * bylines are written in ("Par Jeanne Martin et Paul Durand", "Von A und B", "Por A y B");
     * lower case only, so an initial ("E. Smith") is never taken for the Italian "e".
     */
    private static final Pattern AUTHOR_SEP = Pattern.compile(
            "\\s*(?:,|;|、|&)\\s*|\\s+(?:and|et|und|y|e|og|och|en|i|ja|és|и)\\s+");

    private static final Pattern BESIDE_DATE = Pattern.compile("\\s*[—–|·•]\\s*|\\s+-\\s+");

    /** The authors of a byline that shares its line with the date: "Par A et B — 24 novembre 2017", "By Jane Doe | March 4, 2024". */
    public Optional<List<String>> bylineBesideDate(String line) {
        if (line.length() > 160) return Optional.empty();
        for (String part : BESIDE_DATE.split(line.strip())) {
            if (part.chars().anyMatch(Character::isDigit)) continue;
            Optional<List<String>> by = byline(part);
            if (by.isPresent()) return by;
        }
        return Optional.empty();
    }

    /**
     * The last crumb of a breadcrumb line ("SOURCE / ECONOMY" → Economy), which names the section.
     * Two words joined by a bare slash ("Photography/Videography", "TCP/IP") are one compound, not
     * a trail: taken for one, a list item in a guide was moved out of its list. Nor is a slash that
     * ends an abbreviation ("Depth w/ Palm Rest", "c/ Mayor"): taken for a trail, a keyboard
     * review's spec label was removed, and it stopped the smoothing's look across the spec sheet
     * (extraction-dev text 0.82250 -> 0.82265, that review 0.21 -> 0.40; HTML 0.87683 -> 0.87687).
     */
    public Optional<String> breadcrumbSection(String line) {
        if (line.length() > 120) return Optional.empty();
        String[] crumbs = BREADCRUMB_SEP.split(line.strip());
        if (crumbs.length < 2 || crumbs.length == 2 && SLASH_IN_A_WORD.matcher(line).find()) return Optional.empty();
        for (String c : crumbs) {
            if (c.isBlank() || TextMeasure.words(c) > 4 || c.matches(".*[.!?。！？].*")) return Optional.empty();
        }
        return Optional.of(displayCase(crumbs[crumbs.length - 1].strip()));
    }

    /** Whether the line reads like a photo caption or credit. */
    public boolean looksLikeCaption(String line) {
        if (line.length() > 600) return false;
        String t = line.toLowerCase(Locale.ROOT);
        if (CAPTION_HEAD.matcher(t).lookingAt()) return true;
        int tailStart = Math.max(0, t.length() - CAPTION_TAIL_CHARS);
        if (endsWithCredit(t, tailStart)) return true;
        if (endsWithAgencyCredit(t)) return true;
        if ((t.contains("photo") || t.contains("image") || t.contains("picture") || t.contains("screenshot"))
                && CAPTION_PHOTO_WORDS.matcher(t).find()) return true;
        return (t.indexOf('摄') >= 0 || t.indexOf('图') >= 0) && CAPTION_CHINESE.matcher(t).find();
    }

    /** An agency's name as a word, followed by at most {@link #AFTER_AGENCY} characters and no sentence stop. */
    static boolean endsWithAgencyCredit(String t) {
        for (String agency : AGENCIES) {
            int from = Math.max(0, t.length() - AFTER_AGENCY - agency.length());
            for (int at = t.indexOf(agency, from); at >= 0; at = t.indexOf(agency, at + 1)) {
                int end = at + agency.length();
                if (isWordEdge(t, at - 1) && isWordEdge(t, end) && noSentenceStop(t, end)) return true;
            }
        }
        return false;
    }

    private static boolean isWordEdge(String t, int i) {
        return i < 0 || i >= t.length() || !Character.isLetterOrDigit(t.charAt(i)) && t.charAt(i) != '_';
    }

    private static boolean noSentenceStop(String t, int from) {
        for (int i = from; i < t.length(); i++) if (".!?。".indexOf(t.charAt(i)) >= 0) return false;
        return true;
    }

    /** Whether a credit ({@link #MARKED_CREDIT}, {@link #LABELLED_CREDIT}) starts at or after {@code from} and ends the line. */
    private static boolean endsWithCredit(String t, int from) {
        java.util.regex.Matcher marked = null;
        boolean colon = false;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '：') colon = true;
            if (CREDIT_STARTS.indexOf(c) < 0) continue;
            if (marked == null) marked = MARKED_CREDIT.matcher(t).useTransparentBounds(true);
            if (marked.region(i, t.length()).lookingAt()) return true;
        }
        return colon && LABELLED_CREDIT.matcher(t).region(from, t.length()).useTransparentBounds(true).find();
    }

    /** SHOUTED crumbs become "Economy"; anything with lower case is kept as written. */
    static String displayCase(String s) {
        if (!s.equals(s.toUpperCase()) || s.equals(s.toLowerCase())) return s;
        StringBuilder sb = new StringBuilder();
        for (String w : s.toLowerCase().split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    private static int countLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    private static int lettersIn(String s, List<DateParser.Found> found) {
        int n = 0;
        for (DateParser.Found f : found) n += countLetters(s.substring(f.start(), f.end()));
        return n;
    }
}
