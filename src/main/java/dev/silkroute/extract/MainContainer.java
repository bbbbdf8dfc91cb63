package dev.silkroute.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The HTML scoring's container, in the manner of Readability: each paragraph gives its parent and
 * grandparent points for its length and commas, class and id names add or take points, link
 * density discounts, and the best element wins. A prior for the blocks' classification, not a cut.
 */
final class MainContainer {
    private MainContainer() {}

    /** The least text of a main text: the container that vouches for its blocks, an article beside an aside, a page in one wrapper. */
    static final int MIN_MAIN_CHARS = 250;

    static final Pattern POSITIVE = Pattern.compile(
            "(?i)(article|content|entry|post|story|text|body|main|blog|news|detail|prose)");

    private static final int MIN_SCORED_CHARS = 25;

    /** Readability's scoring: paragraphs vote for their ancestors; the best-scored container is the article. */
    static Element mainContainer(Element body, TextStats stats) {
        // in document order: elements hash by identity, and a tie must not be broken by the run
        Map<Element, Double> score = new LinkedHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li, h2, h3")) {
            int len = stats.chars(p);
            if (len < MIN_SCORED_CHARS) continue;
            double s = 1 + stats.commas(p) + Math.min(len / 100.0, 3);
            Element parent = p.parent(), grand = parent == null ? null : parent.parent();
            if (parent != null) score.merge(parent, s, Double::sum);
            if (grand != null) score.merge(grand, s / 2, Double::sum);
            Element great = grand == null ? null : grand.parent();
            if (great != null) score.merge(great, s / 3, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            Element el = e.getKey();
            double s = e.getValue() + classWeight(el);
            s *= 1 - stats.linkDensity(el);
            if (s > bestScore) { bestScore = s; best = el; }
        }
        if (best == null) return null;
        // an article split into sibling containers: take their common parent when a sibling scores close
        Element parent = best.parent();
        if (parent != null && parent != body.parent()) {
            double near = 0;
            for (Element sib : parent.children()) {
                if (sib != best && score.getOrDefault(sib, 0.0) >= bestScore * 0.3) near++;
            }
            if (near > 0) return parent;
        }
        return best;
    }

    private static double classWeight(Element e) {
        String hints = e.className() + " " + e.id();
        double w = 0;
        if (FurnitureClass.word(hints) != null) w -= 25;
        if (POSITIVE.matcher(hints).find()) w += 25;
        if (e.normalName().equals("article") || e.normalName().equals("main")) w += 25;
        return w;
    }
}
