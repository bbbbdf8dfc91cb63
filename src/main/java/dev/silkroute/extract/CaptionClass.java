package dev.silkroute.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an element's class names call it a caption: "wp-caption-text", "image-caption",
 * "mh-image-caption", CSS modules' "ImageCaption_captionWrapper__awu4y". The word must end the
 * name, or be followed only by a part's name (text, wrapper, container...): "verbosa-caption-two"
 * is a theme setting on the body, and "card-caption-heading" names a card's title.
 */
final class CaptionClass {
    private static final Set<String> PART_NAMES = Set.of("text", "wrap", "wrapper", "container", "inner", "content", "body", "root");

    /**
     * A shop card's text block is its "caption" too ("product-caption": the product's name and price),
     * and in a grid it is the page's text. Measured on extraction-dev HTML: 0.86339 -> 0.86388 (a shop's
     * grid 0.02 -> 0.76, another +0.03; one product page -0.04); multilingual unchanged. Not "item":
     * a gallery's or a carousel's item caption is a photo's, and no dev page needed it.
     */
    private static final Set<String> CARD_WORDS = Set.of("product", "products", "card");

    private static final Pattern CSS_MODULE_HASH = Pattern.compile("__(?=[a-z]*[0-9A-Z])[A-Za-z0-9]{4,8}$");

    private CaptionClass() {}

    static boolean names(String classNames) {
        if (!classNames.contains("aption")) return false; // most elements: "caption" and "Caption" without a copy
        for (String name : classNames.split("\\s+")) {
            if (namesCaption(name)) return true;
        }
        return false;
    }

    private static boolean namesCaption(String name) {
        // CSS modules append a hash to every name ("__awu4y", "__dRYqI"); BEM's "article__caption" is lower case
        String bare = CSS_MODULE_HASH.matcher(name).replaceFirst("");
        String[] words = bare.split("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
        boolean seen = false;
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            if (CARD_WORDS.contains(word)) return false;
            if (word.equals("caption") || word.equals("captions")) seen = true;
            else if (seen && !PART_NAMES.contains(word)) seen = false;
        }
        return seen;
    }
}
