package dev.silkroute.extract;

/**
 * A piece of the page that is not in the main text, with why: the removal ledger.
 *
 * @param reason the family ({@code boilerplate}, {@code duplicate}, {@code caption}, {@code title}, {@code metadata}, ...)
 * @param rule   the rule that fired, specific enough to audit a rule change ({@code licence:icp}, {@code tail})
 * @param line   1-based line of a text dump, or the block's position in an HTML page
 */
public record RemovedBlock(String text, String reason, String rule, int line) {}
