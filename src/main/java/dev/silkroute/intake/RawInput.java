package dev.silkroute.intake;

import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The bytes of one dropped file, its name and what kind of input it is. */
public record RawInput(String fileName, byte[] bytes, InputKind kind) {

    public static RawInput of(String fileName, byte[] bytes) {
        return new RawInput(fileName, bytes, InputKind.ofFileName(fileName));
    }

    /** Identity of a document: the SHA-256 of the raw bytes, so the same bytes under any name are one record. */
    public String sha256() {
        return sha256(bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
