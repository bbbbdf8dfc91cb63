package dev.silkroute.decode;

/**
 * How a document's bytes were turned into text.
 *
 * @param name       the charset used (canonical Java name)
 * @param how        {@code bom}, {@code declared}, {@code detected} or {@code envelope}
 * @param confidence 1.0 for a BOM or a declaration the bytes agree with; the detector's score otherwise
 * @param note       why a declaration was overruled, or null
 */
public record CharsetDecision(String name, String how, double confidence, String note) {}
