package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.List;

/** A shop's grid as a dump prints it: each card a product's name and, under it, its price. */
final class ShopCards {
    private ShopCards() {}

    /** {@code cards} cards: "NAME 1" / "$21CENTS", "NAME 2" / "$22CENTS", ... */
    static List<String> namesAndPrices(String name, String cents, int cards) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= cards; i++) {
            lines.add(name + " " + i);
            lines.add("$" + (20 + i) + cents);
        }
        return lines;
    }
}
