package dev.silkroute.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the cleaned page into candidate blocks in document order: block elements, and text
 * directly inside a container between blocks as its own block. Blocks and the clean-up's
 * removals are numbered in one sequence, so that the ledger shows where each removal stood.
 */
final class BlockCollector {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "tr", "dd", "dt", "figcaption", "caption", "address", "summary");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "body", "ul", "ol",
            "table", "tbody", "figure", "details", "header", "footer", "span", "font", "center");
    /**
     * The longest text an element whose class calls it a caption may hold and be one (measured:
     * 300 and 600 characters did the same on extraction-dev; without a limit, whole pages whose
     * body says "hide-caption" were lost).
     */
    private static final int MAX_CAPTION_CHARS = 300;

    /** Blocks with fewer links are kept inside the article's span whatever they link to ({@link Item#SPAN_LINK_DENSITY}). */
    private static final double OUTBOUND_ASKED = 0.5;

    final List<Candidate> candidates = new ArrayList<>();
    final List<RemovedBlock> cleanedOut = new ArrayList<>();
    private final Element main;
    private final TextStats stats;
    private final Map<Element, RemovedBlock> marks;
    private final SiteHost site;
    private final StringBuilder loose = new StringBuilder();
    private int looseLinkChars;
    private int position;
    /** Whether the blocks being collected stand in an element whose class calls it a caption. */
    private boolean inCaption;
    /** The containers being collected, innermost first: loose text takes its container's number and slot. */
    private final ArrayDeque<Container> containers = new ArrayDeque<>();
    private int containerCount;

    private record Container(int number, Element element) {}

    BlockCollector(Element main, TextStats stats, Map<Element, RemovedBlock> marks, SiteHost site) {
        this.main = main;
        this.stats = stats;
        this.marks = marks;
        this.site = site;
    }

    void collect(Element root, boolean inMain) {
        boolean outerCaption = inCaption;
        inCaption = inCaption || isCaption(root);
        containers.push(new Container(++containerCount, root));
        collectChildren(root, inMain);
        flush(inMain);
        containers.pop();
        inCaption = outerCaption;
    }

    /** A caption is short, and not the page: a theme's "hide-caption" setting on the body or a wrapper is not one. */
    private boolean isCaption(Element el) {
        return CaptionClass.names(el.className()) && stats.chars(el) <= MAX_CAPTION_CHARS && !el.normalName().equals("body");
    }

    private void collectChildren(Element root, boolean inMain) {
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode tn) {
                loose.append(tn.text());
            } else if (child instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals(DomCleanup.REMOVED_MARK)) {
                    ledger(el);
                } else if (tag.equals("br")) {
                    flush(inMain);
                } else if (BLOCKS.contains(tag) && !hasBlockChild(el)) {
                    flush(inMain);
                    // a listing's line breaks are its text (wholeText keeps them, and a <br> as one)
                    String text = tag.equals("tr") ? rowText(el) : tag.equals("pre") ? el.wholeText() : el.text();
                    String kind = inCaption || isCaption(el) ? "figcaption" : tag;
                    double ld = stats.linkDensity(el);
                    // only a block of links is asked where they lead: the question costs a look at each link
                    boolean outbound = ld > OUTBOUND_ASKED && site.allLinksLeave(el);
                    if (!text.isBlank()) {
                        int container = containers.peek().number();
                        candidates.add(new Candidate(text, ++position, ld, kind, inMain, outbound, slotOf(el), container));
                    }
                    ledgerInside(el);
                } else if (BLOCKS.contains(tag) || CONTAINERS.contains(tag) || isBlockish(el) || isCustomWrapper(el)) {
                    flush(inMain);
                    collect(el, inMain || el == main);
                } else {
                    loose.append(el.text());
                    if (tag.equals("a")) looseLinkChars += el.text().length();
                    else for (Element a : el.getElementsByTag("a")) looseLinkChars += a.text().length();
                    ledgerInside(el); // a share button inside a line of text
                }
            }
        }
    }

    /** Removals inside a block taken whole: numbered after it. */
    private void ledgerInside(Element block) {
        if (!marks.isEmpty()) for (Element mark : block.getElementsByTag(DomCleanup.REMOVED_MARK)) ledger(mark);
    }

    private void ledger(Element mark) {
        RemovedBlock r = marks.get(mark);
        if (r != null) cleanedOut.add(new RemovedBlock(r.text(), r.reason(), r.rule(), ++position));
    }

    private void flush(boolean inMain) {
        String text = loose.toString().strip();
        if (!text.isEmpty()) {
            double ld = Math.min(1.0, (double) looseLinkChars / Math.max(1, text.length()));
            Container in = containers.peek();
            String kind = inCaption ? "figcaption" : "div";
            candidates.add(new Candidate(text, ++position, ld, kind, inMain, false, slotOf(in.element()), in.number()));
        }
        loose.setLength(0);
        looseLinkChars = 0;
    }

    /** How many elements, the block's own and its ancestors', make its {@link Candidate#slot}: 3 or 5 did as well on extraction-dev. */
    private static final int SLOT_DEPTH = 4;

    private static int slotOf(Element el) {
        int h = 17;
        Element e = el;
        for (int depth = 0; e != null && depth < SLOT_DEPTH; depth++, e = e.parent()) {
            h = 31 * h + e.normalName().hashCode();
            String names = e.className();
            for (int i = 0; i < names.length(); i++) {
                char c = names.charAt(i);
                if (c < '0' || c > '9') h = 31 * h + c;
            }
        }
        return h == 0 ? 1 : h; // 0 says "no slot"
    }

    private static boolean hasBlockChild(Element el) {
        for (Element c : el.children()) {
            String t = c.normalName();
            if (BLOCKS.contains(t) || t.equals("div") || t.equals("table") || t.equals("ul") || t.equals("ol")) return true;
        }
        return false;
    }

    /**
     * A web component ({@code <vg-nav>}, {@code <app-root>}: a name with a hyphen, unknown to the
     * parser and so inline to it) holding blocks is a container. Read as a line of text, it turned
     * a page wrapped in one into a single block, menus and all (extraction-dev HTML 0.850 -> 0.851,
     * 20 pages better, 4 worse).
     */
    private static boolean isCustomWrapper(Element el) {
        return el.normalName().indexOf('-') > 0 && hasBlockChild(el);
    }

    private static boolean isBlockish(Element el) {
        return el.isBlock() && !el.normalName().equals("a");
    }

    private static String rowText(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
            String tag = cell.normalName();
            if ((tag.equals("td") || tag.equals("th")) && !cell.text().isBlank()) cells.add(cell.text());
        }
        return String.join(" | ", cells);
    }
}
