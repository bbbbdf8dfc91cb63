package dev.silkroute.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds, and how much of it is link text, counted in one walk
 * over the tree. Link density used to be computed per element from its text and its links, which
 * walks each subtree again for every ancestor that is asked; on a deep page that cost a tenth of
 * extraction time. A run of whitespace inside a text counts as one character, as in the element's
 * text. Elements taken out of the tree are taken out of the counts by {@link #remove}, which
 * costs a walk up from each, not a walk over the page. It also counts the prose paragraphs (and
 * prose list items) below each element, which the clean-up asks of every hidden, form or
 * class-condemned element: selecting them again per element walked nested subtrees once per level.
 * And the commas, which the content scoring counts in every paragraph, cell and list item: reading
 * each one's text again for them walked nested ones once per level too.
 */
final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) counts.put(e, new int[5]);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element p = t.parent();
                    if (p == null) return;
                    int[] c = counts.get(p);
                    int n = count(t, c);
                    if (n == 0) return;
                    if (p.normalName().equals("a")) c[1] += n;
                } else if (node instanceof Element e) {
                    int[] own = counts.get(e);
                    // the count is the text's length but for the spaces <br> and nested blocks add: a
                    // paragraph far too short for prose is not asked for its text (every <p> of the page is)
                    if (e.normalName().equals("p") && own[0] >= MIN_PROSE / 2 && isProse(e.text())) own[2]++;
                    if (e.normalName().equals("li") && own[0] >= MIN_PROSE && own[1] * 10 <= own[0] * 3
                            && TextMeasure.endsLikeSentence(e.text())) own[3]++;
                    if (e == root || e.parent() == null) return;
                    int[] up = counts.get(e.parent());
                    if (up == null) return;
                    up[0] += own[0];
                    // everything inside a link is link text
                    up[1] += e.normalName().equals("a") ? own[0] : own[1];
                    up[2] += own[2];
                    up[3] += own[3];
                    up[4] += own[4];
                }
            }
        }, root);
    }

    /**
     * Takes an element's text out of its ancestors' counts, before the element leaves the tree: a
     * second walk over the cleaned page cost about as much as the first. What an ancestor's prose
     * test saw is not asked again (a paragraph that loses a button is still prose).
     */
    void remove(Element e) {
        int[] c = counts.get(e);
        if (c == null) return;
        int chars = c[0], links = isLink(e) ? c[0] : c[1];
        for (Element p = e.parent(); p != null; p = p.parent()) {
            int[] up = counts.get(p);
            if (up == null) break;
            up[0] -= chars;
            up[1] -= links;
            up[2] -= c[2];
            up[3] -= c[3];
            up[4] -= c[4];
            if (isLink(p)) links = chars; // everything inside a link is link text
        }
    }

    private static boolean isLink(Element e) {
        return e.normalName().equals("a");
    }

    /** Characters of text in the element and below it. */
    int chars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    /** The share of the element's text that sits inside links, 0 for an element without text. */
    double linkDensity(Element e) {
        int[] c = counts.get(e);
        if (c == null || c[0] == 0) return 0;
        int links = e.normalName().equals("a") ? c[0] : c[1];
        return Math.min(1.0, (double) links / c[0]);
    }

    /** Commas (Latin, full-width and the ideographic enumeration comma) in the element's text and below it. */
    int commas(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[4];
    }

    /** Paragraphs ({@code <p>}) of prose in the element and below it. */
    int proseParagraphs(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[2];
    }

    /** List items ({@code <li>}) in the element and below it that are sentences of prose with few links. */
    int proseItems(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[3];
    }

    /** A paragraph long enough to end like a sentence and doing so, or long enough to be prose without a stop (Thai). */
    private static boolean isProse(String paragraph) {
        int n = paragraph.length();
        return n >= MIN_PROSE && TextMeasure.endsLikeSentence(paragraph) || n >= LONG_PARAGRAPH;
    }

    private static final int MIN_PROSE = 80;

    private static final int LONG_PARAGRAPH = 300;

    /**
     * Adds a text's length and commas to its parent's counts and returns the length: about the
     * length the text has in {@code Element.text()}, where a run of whitespace counts as one space,
     * except at an end of the text that is also an end of its parent ("Read <a>more</a>" is "Read
     * more", 9 characters; "<p> Read </p>" is 4).
     */
    private static int count(TextNode t, int[] c) {
        String s = t.getWholeText();
        boolean before = t.previousSibling() != null, after = t.nextSibling() != null;
        int n = 0, commas = 0;
        boolean space = false, any = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
                space = true;
            } else {
                if (space && (any || before)) n++;
                space = false;
                any = true;
                n++;
                if (ch == ',' || ch == '，' || ch == '、') commas++;
            }
        }
        if (space && (any ? after : before && after)) n++;
        c[0] += n;
        c[4] += commas;
        return n;
    }
}
