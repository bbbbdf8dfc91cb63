package dev.silkroute.extract;

/**
 * What a block's text looks like, whatever stands around it: a headline, a product's name, a line
 * of code, a menu printed as one line.
 */
final class BlockShape {
    private BlockShape() {}

    static final int HEADLINE_MIN = 20;

    /**
     * A dump's line of program code: it ends as a statement, a block or an argument does, and holds
     * a brace, a semicolon, an assignment or a call. A listing repeats such lines ("resource {",
     * "display: flex;", "});"), and a repeat is not a copy of the page's furniture. Measured on
     * extraction-dev text: 0.81135 -> 0.81156 (7 pages better, a React tutorial 0.87 -> 0.96; 2
     * worse, whose labels leave some of a listing's lines out); a closing bracket as a line's end
     * without such a sign counted a variety table's "(UK)" rows as code (-0.30).
     */
    static boolean looksLikeCodeLine(String t) {
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        if (";{},)(".indexOf(last) < 0) return false;
        for (int c = 0; c < t.length(); c++) if ("{};=".indexOf(t.charAt(c)) >= 0) return true;
        return t.contains("()");
    }

    /** Words a menu printed as one line has: a sentence of so many words has some punctuation. */
    private static final int MENU_LINE_WORDS = 15;

    /**
     * A menu printed as one line ("Solidbody Guitars Semi-hollowbody Guitars Hollowbody Guitars ...
     * View All Electric Guitars"): many words, most of them capitalized, and not one mark of
     * punctuation. Long enough to pass for a paragraph, it is no sentence, and a dump's text does not
     * start there: it is bad, as a link list is in HTML, so that smoothing does not make it text
     * either. In HTML the menu's markup is gone before (no change measured there). Measured:
     * extraction-dev text 0.79405 -> 0.79584 (36 pages better, 4 worse; as a middling block instead,
     * 0.79525), multilingual text 0.88994 -> 0.89279 (4 better, none worse). Of such lines in the dev
     * dumps (15 words or more), 37 are in their labels (headlines, mostly) and 472 are not.
     */
    static boolean isFlattenedMenu(String text) {
        // a colon or a table's cell separator is no menu's either
        if (TextMeasure.punctuation(text) > 0 || text.indexOf(':') >= 0 || text.indexOf('|') >= 0) return false;
        int words = 0, capitalized = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (!inWord) {
                    words++;
                    if (Character.isUpperCase(cp)) capitalized++;
                }
                inWord = true;
            } else if (!(cp == '\'' || cp == '’' || cp == '-')) {
                inWord = false;
            }
        }
        return words >= MENU_LINE_WORDS && capitalized * 10 >= words * 6;
    }

    /** Junctions of a menu's entries printed without a space between them: "AboutResearchStoriesNewsroom". */
    private static final int GLUED_JUNCTIONS = 6;

    /**
     * A menu whose entries a dump glued together ("HomeCommercial CleaningLocationsIndustriesPricing",
     * "AdanaAdıyamanAfyonkarahisar"): places where a capital follows a lower-case letter, six at
     * least and more than a third of the spaces (a shop's entries have words of their own: "Living
     * Room FurnitureSofasSectionalsTV Stands & Entertainment Centers"), and none of the punctuation of code ("subscribeToFriendStatus(...)"),
     * markup or an address, where such junctions are names. 126 such lines in the dev dumps, 21 in the
     * multilingual ones, none inside a label. Bad whatever its length: above or below the article it
     * is then no start or end of its text. Measured: extraction-dev text 0.80769 -> 0.80788 (9 pages
     * better, a cloud vendor's page 0.74 -> 0.95; none worse), multilingual text 0.89654 -> 0.89691;
     * as a rule's removal instead, 0.80768 (a run of short lines between paragraphs keeps bad lines
     * too, and without its line a page's text started elsewhere: 2 pages worse by 0.04-0.10).
     * A third of the spaces rather than all of them: 138 more dev dump lines, 3 inside labels (prose
     * naming "componentDidMount and componentDidUpdate"); text 0.80788 -> 0.80813 (15 pages better, 5 by
     * more than 0.02, an Indian market page 0.75 -> 0.90; those 3 worse by 0.007), multilingual text
     * 0.89691 -> 0.89737 (a Turkish news page 0.91 -> 0.95); half of them: 0.80798.
     */
    static boolean isGluedMenu(String text) {
        int junctions = 0, spaces = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') spaces++;
            else if ("(){}<>=;\"/:_[]".indexOf(c) >= 0) return false;
            else if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) junctions++;
        }
        return junctions >= GLUED_JUNCTIONS && junctions * 3 > spaces;
    }

    /**
     * Four words or more: a headline, not a menu label ("World", "Sign in"). Scripts written without
     * spaces have no words to count; taking ten CJK characters as a headline instead cost a Japanese
     * article its precision (its "latest news" list) and no listing in the dev sets gained, so CJK
     * headlines are not listing entries for now. Japanese headlines put spaces between phrases, so
     * a line mostly of CJK characters is not counted by its spaces either.
     */
    static boolean looksLikeHeadline(String text, int weightedLength) {
        return hasWords(text, weightedLength, HEADLINE_MIN, 4);
    }

    /** At least {@code words} words and {@code minLength} characters, and not mostly CJK (which has no spaces to count). */
    private static boolean hasWords(String text, int weightedLength, int minLength, int words) {
        return weightedLength >= minLength && TextMeasure.words(text) >= words && !TextMeasure.mostlyCjk(text, weightedLength);
    }

    /** See {@link #looksLikeEntryName}. */
    private static final int ENTRY_NAME_MIN = 12, ENTRY_NAME_WORDS = 3;

    /**
     * Three words: a product's or a category's name ("Geo Seamless T-Shirt", "Tuxedo Shoes Black"),
     * taken as a possible listing entry on a page that neither declares itself an article nor shows
     * a dateline (see {@link ArticleAssembler#assemble}), where a short linked name is more likely a shop's or an
     * index's entry than a menu's. Measured: extraction-dev HTML 0.87340 -> 0.87428 (11 pages
     * better: a shop's category page 0.14 -> 0.95, Wikipedia's category of programming languages
     * 0.41 -> 0.90, iFixit's parts 0.43 -> 0.53; 9 worse, service and product pages whose menus of
     * three-word links became entries, -0.02 to -0.16), multilingual unchanged; from 16 characters,
     * 0.87395; at 20, 0.87378.
     */
    static boolean looksLikeEntryName(String text, int weightedLength) {
        return hasWords(text, weightedLength, ENTRY_NAME_MIN, ENTRY_NAME_WORDS);
    }

    /** About a hundred CJK characters: longer lines are paragraphs, however they end. */
    static final int CJK_HEADLINE_MAX = 300;

    /**
     * A CJK line with no sentence stop and at most two enumeration commas reads as a headline: a
     * Japanese or Chinese "latest news" column is made of them, and at three weighted characters
     * per character they pass for paragraphs by length alone. Such a line is text only between
     * text (the smoothing decides). Multilingual text dumps 0.824 -> 0.830 (8 CJK pages better: a
     * Japanese tabloid 0.26 -> 0.52; a Chinese blog written in spaced phrases -0.04); HTML unchanged.
     */
    static boolean isCjkHeadline(String text, int w) {
        if (TextMeasure.endsLikeSentence(text) || text.indexOf('。') >= 0 || !TextMeasure.mostlyCjk(text, w)) return false;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '、' || text.charAt(i) == '，') commas++;
        return commas <= 2;
    }
}
