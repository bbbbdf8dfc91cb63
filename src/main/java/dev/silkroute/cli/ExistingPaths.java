package dev.silkroute.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Paths a command reads, checked before any model loads: a wrong path is a usage error that names it. */
final class ExistingPaths {
    private ExistingPaths() {}

    static Path file(CommandSpec spec, Path p) {
        if (!Files.isRegularFile(p)) throw new ParameterException(spec.commandLine(), "no such file: " + p + "; check the path");
        return p;
    }

    static Path folder(CommandSpec spec, Path p) {
        if (!Files.isDirectory(p)) throw new ParameterException(spec.commandLine(), "no such folder: " + p + "; check the path");
        return p;
    }
}
