package dev.silkroute.intake;

import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The bytes of one dropped file, its name and what kind of input it is. */
public record RawInput(String fileName, byte[] bytes, InputKind kind) {

    public static RawInput of(String fileName, byte[] bytes) {
        return new RawInput(fileName, bytes, InputKind.ofFileName(fileName));
    }

    /** The SHA-256 of the bytes as dropped. */
    public String sha256() {
        return sha256(bytes);
    }

    /**
     * Identity of a document: the SHA-256 of the page's bytes, so the same page under any name is one
     * record. For an envelope that is its body, not the envelope, whose fetch time changes on every
     * fetch of an unchanged page.
     */
    public String identity() {
        if (kind == InputKind.ENVELOPE && !Gzip.isGzipName(fileName)) {
            try {
                return sha256(new EnvelopeReader().read(bytes).body());
            } catch (InputRejected malformed) {
                return sha256(); // the pipeline refuses it with the reason
            }
        }
        return sha256();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
