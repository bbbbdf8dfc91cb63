package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * A stray {@code <![CDATA[} in an HTML body (some forum themes print one before the page) is, to a
 * browser, a bogus comment that ends at the next {@code >}: the page after it shows as usual. jsoup
 * reads it as a CDATA section instead, and the rest of the page becomes one text node of raw
 * markup. Such a section's content is parsed again as the markup it is.
 */
final class CdataMarkup {
    private CdataMarkup() {}

    static void unwrap(Document doc) {
        List<CDataNode> sections = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof CDataNode c && c.text().indexOf('<') >= 0) sections.add(c);
        }, doc.body());
        for (CDataNode section : sections) {
            Element parent = section.parent() != null ? section.parent() : doc.body();
            List<Node> nodes = Parser.parseFragment(section.text(), parent, doc.location());
            for (Node n : nodes) section.before(n);
            section.remove();
        }
    }
}
