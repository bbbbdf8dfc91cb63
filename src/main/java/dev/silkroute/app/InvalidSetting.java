package dev.silkroute.app;

/** A setting whose value cannot be used (a size that is not a number): the operator's to fix, named with where to fix it. */
public final class InvalidSetting extends RuntimeException {
    public InvalidSetting(String message) {
        super(message);
    }
}
