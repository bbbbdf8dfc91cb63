package dev.silkroute.language;

/** A language label (ISO 639-1, or {@code und} for text with no language) and how sure it is, 0..1. */
public record LanguageGuess(String lang, double confidence) {
    public static final String UNDETERMINED = "und";

    public static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 1.0);
    }
}
