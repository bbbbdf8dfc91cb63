package dev.silkroute.extract;

/**
 * One paragraph of the main text.
 *
 * @param kind {@code body}, {@code heading}, {@code list}, {@code quote}, {@code table} or {@code code}
 * @param line 1-based line of a text dump, or the block's position in an HTML page
 */
public record Block(String text, String kind, int line) {}
