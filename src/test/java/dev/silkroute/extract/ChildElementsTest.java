package dev.silkroute.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ChildElementsTest {

    private static List<String> popAll(Deque<Element> todo) {
        List<String> ids = new ArrayList<>();
        while (!todo.isEmpty()) ids.add(todo.pop().id());
        return ids;
    }

    @Test
    void aWalkStartsAtTheFirstChildAndSkipsText() {
        Element div = Jsoup.parse("<div id=d>text <p id=a>a</p> more <p id=b>b</p><!-- c --><ul id=c></ul></div>").getElementById("d");
        assertEquals(List.of("a", "b", "c"), popAll(ChildElements.stackOf(div)));
    }

    @Test
    void pushedChildrenComeOffInTheOrderTheyWerePushedByTheOldLoop() {
        Element div = Jsoup.parse("<div id=d><p id=a>a</p>x<p id=b>b</p></div>").getElementById("d");
        Deque<Element> ours = new ArrayDeque<>(), jsoups = new ArrayDeque<>();
        ChildElements.pushOnto(ours, div);
        for (Element child : div.children()) jsoups.push(child);
        assertEquals(popAll(jsoups), popAll(ours));
        assertEquals(List.of(), popAll(ChildElements.stackOf(div.getElementById("a"))), "an element with text only has no children to walk");
    }
}
