package dev.silkroute.extract;

/**
 * A block of a page before it is judged: a line of a text dump, or a block element of an HTML page.
 *
 * @param position    1-based line of a dump, or order in the page
 * @param linkDensity share of the block's characters inside links (0 for dumps)
 * @param tag         the HTML element (h1, p, li, ...), "figcaption" also for a block inside an element whose
 *                    class names it a caption, or null for a dump line
 * @param inMain      whether HTML scoring placed it inside the main content container
 * @param outbound    whether its links lead to other sites (a list of sources or of products), not to other pages of its own
 * @param slot        where it stands in the page's structure: a hash of its element's tag and class names and
 *                    those of the element's nearest ancestors, digits left out ("card-3" and "card-7" are one
 *                    slot), so that the same field of each card of a list shares one; 0 for a dump line
 * @param container   the number of the element whose child it is (a card of a list, the article), 0 for a dump line
 */
public record Candidate(String text, int position, double linkDensity, String tag, boolean inMain, boolean outbound, int slot,
                        int container) {

    public Candidate(String text, int position, double linkDensity, String tag, boolean inMain) {
        this(text, position, linkDensity, tag, inMain, false, 0, 0);
    }

    public static Candidate line(String text, int line) {
        return new Candidate(text, line, 0, null, false); // no container vouches for a dump line
    }

    /** A code listing ({@code <pre>}): its line breaks and indentation are its text. */
    public boolean isCodeListing() {
        return "pre".equals(tag);
    }

    public boolean isHeadingTag() {
        return tag != null && tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
