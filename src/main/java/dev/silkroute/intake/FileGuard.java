package dev.silkroute.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks a dropped file before a byte of it is read: a symbolic link is never followed (it could
 * point anywhere on the machine), only regular files are read, and a file over the size limit is
 * refused from its length, so a 200 MB drop costs no memory.
 */
public final class FileGuard {
    private final long maxBytes;

    public FileGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public void check(Path file) {
        String name = String.valueOf(file.getFileName());
        if (Files.isSymbolicLink(file)) {
            throw new InputRejected("read", "symlink", "'" + name + "' is a symbolic link; links are not followed out of"
                    + " the inbox: copy or move the file itself into the inbox");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputRejected("read", "not-a-file", "'" + name + "' is not a regular file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputRejected("read", "unreadable", "cannot read the size of '" + name + "': " + e.getMessage());
        }
        if (size > maxBytes) {
            throw new InputRejected("read", "too-large", size + " bytes is over the limit of " + maxBytes
                    + " (silkroute.max-bytes); raise the limit or split the file");
        }
    }
}
