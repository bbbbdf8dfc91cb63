package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Infinite scroll: a news site appends the next story, and the one after, to the page as the reader
 * scrolls, each in an {@code <article>} with its own {@code <h1>}. A crawled copy may hold several.
 * The page's story is the one whose headline is the page's title; the others are other stories.
 * Listings and forums are left alone: their articles' headlines are not the page's title, or no
 * article has one.
 */
final class NextStories {
    private NextStories() {}

    /**
     * The other stories of the body, left in place: the clean-up removes them with the rest of the
     * furniture, so that they are in the removal ledger.
     */
    static List<Element> others(Element body, String pageTitle) {
        if (pageTitle == null || pageTitle.isBlank()) return List.of();
        String want = TextMeasure.forMatching(pageTitle);
        if (want.isEmpty()) return List.of();
        List<Element> titled = new ArrayList<>();
        for (Element article : body.getElementsByTag("article")) {
            if (article.parents().stream().anyMatch(p -> p.normalName().equals("article"))) continue;
            if (article.selectFirst("h1") != null) titled.add(article);
        }
        if (titled.size() < 2) return List.of();
        Element own = null;
        for (Element a : titled) {
            if (TextMeasure.forMatching(a.selectFirst("h1").text()).equals(want)) {
                if (own != null) return List.of(); // two stories with the page's title: nothing to tell apart
                own = a;
            }
        }
        if (own == null) return List.of();
        List<Element> others = new ArrayList<>(titled);
        others.remove(own);
        return others;
    }
}
