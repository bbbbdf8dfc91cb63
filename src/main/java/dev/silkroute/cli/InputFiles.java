package dev.silkroute.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files named on a command line, folders expanded (sorted, hidden and partial files skipped). */
final class InputFiles {
    private InputFiles() {}

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(InputFiles::visible).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean visible(Path p) {
        for (Path part : p) if (part.toString().startsWith(".") && !part.toString().equals(".")) return false;
        String n = p.getFileName().toString();
        return !n.endsWith(".tmp") && !n.endsWith(".part");
    }
}
