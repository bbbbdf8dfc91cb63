package dev.silkroute.pipeline;

/** A paragraph of the stored text: code-point offsets into {@code text}, its language and its kind. */
public record ParagraphRecord(int index, int start, int end, String lang, double confidence, String kind) {}
