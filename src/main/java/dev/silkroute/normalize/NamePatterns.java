package dev.silkroute.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the gazetteer cannot list, found by their shape in English text:
 * <ul>
 *   <li>organizations, facilities, events and administrative units: a run of capitalized words
 *       (joined by of/and/for/the) whose last head word gives the type — "... Promotion Bureau of
 *       Urumqi" (ORG), "Horgos Port" (FAC), "... Happiness Week" (EVENT), "Licheng District" (GPE);
 *       a leading job title ("Director of the ...") is left out;</li>
 *   <li>people: a common Chinese surname and a capitalized given name — "Liu Hongjiang" — or a
 *       name after Mr./Ms./Dr.;</li>
 *   <li>short forms that refer back within the document: a surname alone after the full name,
 *       "the Alliance" after the alliance's full name; both take the full name as canonical.</li>
 * </ul>
 */
final class NamePatterns {
    record Found(int start, int end, String type, String canonical) {}

    private static final Pattern TOKEN = Pattern.compile("[A-Z][\\p{L}’'.-]*|[a-z]+|&");
    private static final Set<String> ORG_HEADS = Set.of("Office", "Committee", "Bureau", "Alliance", "Government", "Ministry",
            "Association", "Federation", "University", "Institute", "Institutes", "Academy", "Company", "Corporation", "Group",
            "Bank", "Council", "Commission", "Agency", "Department", "Administration", "Organization", "Organisation", "Union",
            "Party", "Congress", "Court", "Foundation", "Society", "Chamber", "Authority", "Daily", "Press", "News", "Center",
            "Centre", "Co", "Ltd", "Inc", "Restaurant", "Service");
    /** A company's legal form after its name: "Kung Fu Animation Co., Ltd." is one name. */
    private static final Pattern LEGAL_FORM = Pattern.compile("\\G\\.?,?\\s?(?:Ltd|Limited|Inc|LLC|Co)\\.?");
    private static final Set<String> FAC_HEADS = Set.of("Port", "Museum", "Micro-Museum", "Bazaar", "Ruins", "Station", "Airport",
            "Park", "Bridge", "Railway", "Square", "Temple", "Zone");
    private static final Set<String> EVENT_HEADS = Set.of("Week", "Expo", "Summit", "Festival", "Fair", "Exhibition", "Games",
            "Conference", "Forum", "Symposium", "Olympics", "Championship", "Championships");
    /** Policies and programmes: "Digital Silk Road Initiative", "Western Development Strategy". */
    private static final Set<String> INITIATIVE_HEADS = Set.of("Initiative", "Programme", "Program", "Strategy");
    /** Administrative units: "Licheng District", "Jimsar County" are places even when no table lists them. */
    private static final Set<String> GPE_HEADS = Set.of("District", "County", "Prefecture", "City", "Province", "Township",
            "Region", "Oblast", "Krai");
    /**
     * Verbs that headlines write in title case ("X Office Visits the Y Alliance", "Conference ... Held in
     * Xinjiang"): a name never runs through them.
     */
    private static final Set<String> HEADLINE_VERBS = Set.of("Visits", "Visit", "Visited", "Held", "Holds", "Hold", "Meets",
            "Met", "Opens", "Opened", "Signs", "Signed", "Launches", "Launched", "Attends", "Attended", "Hosts", "Hosted",
            "Kicks", "Concludes", "Concluded", "Celebrates", "Marks", "Says", "Said", "Calls", "Urges", "Welcomes", "Receives",
            "Received", "Joins", "Joined", "Promotes", "Boosts", "Begins", "Starts", "Ends", "Wins", "Sees", "Gets", "Takes");
    /** Months and weekdays: "the Committee on Monday" does not name a committee on Monday. */
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");
    /** Job titles: "Director of the X Bureau" names the bureau, not a "Director of..." organization. */
    private static final Set<String> TITLES = Set.of("Director", "Secretary", "President", "Chairman", "Chairwoman", "Deputy",
            "Vice", "Mayor", "Minister", "Head", "Chief", "General", "Governor", "Ambassador", "Professor", "Dean", "Party",
            "Executive", "Member", "Members");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on", "&");
    /** The connectors after which "the" may go on inside a name ("Bureau of the ...", not "Visits the ..."). */
    private static final Set<String> BEFORE_THE = Set.of("of", "for", "and", "on");
    /** Capitalized only because they start a sentence or are calendar words: never the start of a name. */
    private static final Set<String> NOT_NAME_STARTS = Set.of("The", "A", "An", "On", "In", "At", "By", "For", "With", "From",
            "And", "But", "As", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Last", "Next", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "According", "Since", "During", "After", "Before");
    /** The most common Chinese surnames in pinyin (a fact of the language, not of any page). */
    private static final Set<String> CHINESE_SURNAMES = Set.of("Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
            "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie",
            "Han", "Tang", "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Fu", "Shen", "Zeng", "Peng", "Lu",
            "Su", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Pan", "Du", "Dai", "Xia", "Zhong", "Tian", "Ren",
            "Fan", "Fang", "Shi", "Yao", "Tan", "Liao", "Zou", "Xiong", "Jin", "Hao", "Kong", "Bai", "Cui", "Kang", "Mao", "Qiu",
            "Qin", "Gu", "Hou", "Shao", "Meng", "Long", "Wan", "Duan", "Lei", "Qian", "Yin", "Yi", "Chang", "Qiao", "Lai",
            "Gong", "Wen", "Xi");
    private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)");
    private static final String NAME_WORD = "[A-Z][a-z’'-]+";
    /** "Greater Mekong Subregion", "the Altai subregion": a subregion is named by the words before it. */
    private static final Pattern SUBREGION = Pattern.compile("\\b(?!(?:The|A|An|In|On|At|Of)\\s)(?:" + NAME_WORD + "\\s+){1,3}[Ss]ubregion\\b");
    /** "..., said Vitaliy Snesar, Vice Governor of ...": who speaks is a person. */
    private static final Pattern SPEAKER = Pattern.compile("\\bsaid\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2})(?=,)");
    /** "Jilel Helel, deputy head of ...": a name followed by the job its bearer holds. */
    private static final Pattern APPOSITIVE = Pattern.compile("(?<![\\p{L}’'-])(?<![A-Z][\\p{L}’'-]{0,30}\\s)(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}),\\s+(?:the\\s+)?"
            + "(?i:deputy|vice|former|chief|head|director|chairman|chairwoman|president|governor|minister|secretary|mayor"
            + "|ambassador|professor|founder|ceo|spokesperson|spokesman|spokeswoman|general manager|dean|consul|researcher)\\b");

    private static final ChinesePersonNames CHINESE = new ChinesePersonNames();

    /** No word of it says organization, place, title or date: "Urumqi Municipal Government, the ..." is not a person. */
    private static boolean looksLikePersonalName(String name) {
        for (String w : name.split("\\s+")) {
            if (isHead(w) || TITLES.contains(w) || NOT_NAME_STARTS.contains(w) || CALENDAR.contains(w) || HEADLINE_VERBS.contains(w)) return false;
        }
        return true;
    }

    static boolean isChineseSurname(String word) {
        return CHINESE_SURNAMES.contains(word);
    }

    private record Tok(int start, int end, String text) {
        boolean capital() { return Character.isUpperCase(text.charAt(0)); }
    }

    List<Found> find(String text) {
        List<Tok> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int e = m.end();
            while (e > m.start() && ".-’'".indexOf(text.charAt(e - 1)) >= 0) e--;
            if (e > m.start()) toks.add(new Tok(m.start(), e, text.substring(m.start(), e)));
        }
        List<Found> out = new ArrayList<>();
        organizations(text, toks, out);
        people(text, toks, out);
        Matcher h = HONORIFIC.matcher(text);
        while (h.find()) out.add(new Found(h.start(1), h.end(1), "PERSON", h.group(1)));
        for (Pattern p : List.of(SPEAKER, APPOSITIVE)) {
            Matcher n = p.matcher(text);
            while (n.find()) if (looksLikePersonalName(n.group(1))) out.add(new Found(n.start(1), n.end(1), "PERSON", n.group(1)));
        }
        for (ChinesePersonNames.Found c : CHINESE.find(text)) out.add(new Found(c.start(), c.end(), "PERSON", c.canonical()));
        Matcher sub = SUBREGION.matcher(text); // "The Altai subregion": the article is not part of it
        while (sub.find()) out.add(new Found(sub.start(), sub.end(), "LOC", null));
        shortForms(text, toks, out);
        return out;
    }

    /** Whether only spaces (or a possessive ’s) lie between two tokens: a name does not cross punctuation. */
    private static boolean joined(String text, Tok a, Tok b) {
        String gap = text.substring(a.end(), b.start());
        return gap.isBlank() && !gap.contains("\n") || gap.equals("’s ") || gap.equals("'s ");
    }

    private static void organizations(String text, List<Tok> toks, List<Found> out) {
        int i = 0;
        while (i < toks.size()) {
            if (!toks.get(i).capital() || NOT_NAME_STARTS.contains(toks.get(i).text()) || HEADLINE_VERBS.contains(toks.get(i).text())) { i++; continue; }
            int j = i;
            while (j + 1 < toks.size() && joined(text, toks.get(j), toks.get(j + 1)) && continuesName(toks.get(j), toks.get(j + 1))) j++;
            while (j > i && !toks.get(j).capital()) j--; // a name ends on a capitalized word
            nameRun(text, toks, i, j, out);
            i = j + 1;
        }
    }

    private static boolean continuesName(Tok previous, Tok next) {
        if (HEADLINE_VERBS.contains(next.text())) return false;
        if (next.text().equals("the")) return BEFORE_THE.contains(previous.text());
        return next.capital() || CONNECTORS.contains(next.text());
    }

    private static boolean isHead(String w) {
        return typeOfHead(w) != null || GPE_HEADS.contains(w);
    }

    private static boolean allTitles(List<Tok> toks, int from, int to) {
        for (int k = from; k <= to; k++) if (!TITLES.contains(toks.get(k).text())) return false;
        return true;
    }

    private static boolean hasHead(List<Tok> toks, int from, int to) {
        for (int k = from; k <= to; k++) if (isHead(toks.get(k).text())) return true;
        return false;
    }

    /**
     * A run of capitalized words may hold two names joined by "and": "X Institute and Y Co., Ltd.",
     * "Gansu Province and Jimsar County". It is split at the last "and" whose left side ends on a head
     * word, or where both sides have their own head word; "Ministry of Culture and Tourism" and
     * "Literature and Art Society" stay whole.
     */
    private static void nameRun(String text, List<Tok> toks, int i, int j, List<Found> out) {
        for (int a = j - 1; a > i; a--) {
            if (!toks.get(a).text().equals("and")) continue;
            int right = toks.get(a + 1).text().equals("the") ? a + 2 : a + 1; // "... and the Kyrgyz Republic"
            if (right > j || !toks.get(right).capital()) continue;
            boolean leftEndsOnHead = isHead(toks.get(a - 1).text());
            if (leftEndsOnHead || hasHead(toks, i, a - 1) && hasHead(toks, right, j)) {
                nameRun(text, toks, i, a - 1, out);
                nameRun(text, toks, right, j, out);
                return;
            }
        }
        oneName(text, toks, i, j, out);
    }

    private static void oneName(String text, List<Tok> toks, int i, int j, List<Found> out) {
        int start = i;
        // "Director of the X Bureau", "Officials of the X Federation": when no head word comes before
        // the first "of", what comes before it (a job title, a sentence's first word) is not the name
        int of = i;
        while (of <= j && !toks.get(of).text().equals("of")) of++;
        if (of > i && of < j && (!hasHead(toks, i, of - 1) || allTitles(toks, i, of - 1)) && hasHead(toks, of + 1, j)) {
            start = of + 1;
            while (start <= j && CONNECTORS.contains(toks.get(start).text())) start++;
        }
        int head = -1;
        String type = null;
        for (int k = start; k <= j; k++) {
            String w = toks.get(k).text();
            String institution = typeOfHead(w);
            if (institution != null) { head = k; type = institution; }
            else if (GPE_HEADS.contains(w) && k == start + 1 && k == j) { head = k; type = "GPE"; }
        }
        // "Toutunhe district": the administrative word in lower case still makes a place
        if (head < 0 && start == j && start + 1 < toks.size() && joined(text, toks.get(start), toks.get(start + 1))
                && GPE_HEADS.contains(capitalize(toks.get(start + 1).text()))) {
            out.add(new Found(toks.get(start).start(), toks.get(start + 1).end(), "GPE", null));
            return;
        }
        // after its head word a name goes on only through a connector ("Bureau of Urumqi"); a
        // capitalized word right after the head begins something else ("... Bureau Wang Lei")
        int end = head;
        while (head >= 0 && end + 1 <= j && CONNECTORS.contains(toks.get(end + 1).text())) {
            int k = end + 1;
            while (k <= j && CONNECTORS.contains(toks.get(k).text())) k++;
            if (k > j || !toks.get(k).capital() || CALENDAR.contains(toks.get(k).text())) break;
            while (k + 1 <= j && toks.get(k + 1).capital()) k++;
            end = k;
        }
        // "... of the Alliance": a reference back to a name, not a new one (see shortForms)
        boolean referenceBack = head == end && head > 0 && toks.get(head - 1).text().equals("the");
        // "Ministry of Commerce", "Center for South Asia Studies": a head word may open the name
        // when an "of/for" part follows it
        if ((head > start || (head == start && end > head && !type.equals("GPE"))) && !referenceBack) {
            int stop = toks.get(end).end();
            if (type.equals("ORG")) {
                Matcher legal = LEGAL_FORM.matcher(text);
                legal.region(stop, text.length());
                if (legal.lookingAt()) stop = legal.end();
            }
            out.add(new Found(toks.get(start).start(), stop, type, null));
        }
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** The type a head word gives a name it ends (administrative words aside); null for any other word. */
    private static String typeOfHead(String w) {
        if (ORG_HEADS.contains(w)) return "ORG";
        if (FAC_HEADS.contains(w)) return "FAC";
        if (EVENT_HEADS.contains(w)) return "EVENT";
        if (INITIATIVE_HEADS.contains(w)) return "INITIATIVE";
        return null;
    }

    private static void people(String text, List<Tok> toks, List<Found> out) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            Tok sur = toks.get(i), given = toks.get(i + 1);
            if (!CHINESE_SURNAMES.contains(sur.text()) || !given.capital() || !joined(text, sur, given)) continue;
            if (given.text().length() < 2 || ORG_HEADS.contains(given.text()) || !given.text().substring(1).equals(given.text().substring(1).toLowerCase())) continue;
            boolean nextCapital = i + 2 < toks.size() && toks.get(i + 2).capital() && joined(text, given, toks.get(i + 2));
            if (nextCapital) continue; // part of a longer name (a place, an organization)
            out.add(new Found(sur.start(), given.end(), "PERSON", sur.text() + " " + given.text()));
            i++;
        }
    }

    private static void shortForms(String text, List<Tok> toks, List<Found> out) {
        Map<String, String> bySurname = new HashMap<>();
        Map<String, String> byHead = new HashMap<>();
        List<Found> full = new ArrayList<>(out);
        full.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int f = 0;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            while (f < full.size() && full.get(f).end() <= t.start()) {
                Found x = full.get(f++);
                String name = text.substring(x.start(), x.end());
                if (x.type().equals("PERSON")) bySurname.putIfAbsent(name.split("\\s+")[0], x.canonical() != null ? x.canonical() : name);
                if (!x.type().equals("PERSON")) {
                    for (String w : name.split("\\s+")) if (typeOfHead(w) != null) byHead.put(w, name);
                }
            }
            if (f < full.size() && full.get(f).start() <= t.start()) continue; // inside a full name
            boolean alone = (i + 1 >= toks.size() || !toks.get(i + 1).capital() || !joined(text, t, toks.get(i + 1)))
                    && (i == 0 || !toks.get(i - 1).capital() || !joined(text, toks.get(i - 1), t)
                        || NOT_NAME_STARTS.contains(toks.get(i - 1).text())); // "The Alliance" opening a sentence
            if (!alone) continue;
            if (bySurname.containsKey(t.text())) out.add(new Found(t.start(), t.end(), "PERSON", bySurname.get(t.text())));
            else if (byHead.containsKey(t.text()) && i > 0 && toks.get(i - 1).text().equalsIgnoreCase("the")) {
                out.add(new Found(t.start(), t.end(), typeOfHead(t.text()), byHead.get(t.text()).replace('’', '\'')));
            }
        }
    }
}
