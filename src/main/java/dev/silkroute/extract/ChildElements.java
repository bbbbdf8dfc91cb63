package dev.silkroute.extract;

import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * The element children of an element, read from its child nodes. jsoup's {@code children()} builds
 * a list of them under a lock and caches it behind a weak reference, which the collector clears
 * between pages: the clean-up's walks, which ask it of every element, spent a twentieth of HTML
 * extraction there.
 */
final class ChildElements {
    private ChildElements() {}

    /** Pushes the children in document order, as {@code for (child : children()) todo.push(child)} did. */
    static void pushOnto(Deque<Element> todo, Element parent) {
        for (int i = 0, n = parent.childNodeSize(); i < n; i++) {
            if (parent.childNode(i) instanceof Element child) todo.push(child);
        }
    }

    /** A stack of the element's children, the first on top: where a walk of its subtree starts. */
    static Deque<Element> stackOf(Element parent) {
        Deque<Element> todo = new java.util.ArrayDeque<>();
        for (int i = parent.childNodeSize() - 1; i >= 0; i--) {
            if (parent.childNode(i) instanceof Element child) todo.push(child);
        }
        return todo;
    }
}
