package dev.silkroute.decode;

/** Text decoded from a document's bytes, with the charset decision behind it. */
public record DecodedText(String text, CharsetDecision charset) {}
