package dev.silkroute.intake;

import java.util.Locale;

/** What a file dropped in the inbox is, decided by its extension. */
public enum InputKind {
    HTML, TEXT, ENVELOPE;

    /** @throws InputRejected with reason {@code unsupported-type} for any other extension */
    public static InputKind ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) lower = lower.substring(0, lower.length() - 3); // the kind of what is inside
        if (lower.endsWith(".html") || lower.endsWith(".htm")) return HTML;
        if (lower.endsWith(".txt")) return TEXT;
        if (lower.endsWith(".json")) return ENVELOPE;
        throw new InputRejected("read", "unsupported-type",
                "'" + name + "' is not .html, .htm, .txt or .json (optionally .gz); rename it or convert it to one of those");
    }
}
