package dev.silkroute.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Gzip-compressed drops ({@code page.html.gz}), inflated with a bound so a gzip bomb is refused, not obeyed. */
public final class Gzip {
    private Gzip() {}

    public static boolean isGzipName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    public static byte[] inflate(String name, byte[] bytes, long maxBytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length * 4, 1 << 20));
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new InputRejected("read", "too-large", "'" + name + "' inflates to more than " + maxBytes
                            + " bytes (silkroute.max-bytes), " + bytes.length + " compressed: refused as a possible gzip bomb");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InputRejected("read", "corrupt-gzip", "'" + name + "' is not valid gzip (" + e.getMessage()
                    + "); re-download it or drop it uncompressed");
        }
    }
}
