package dev.silkroute.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The SET_DIR of the evaluation and the benchmark: a usage error, not a stack trace, when it is not a labelled set. */
final class LabelledSet {
    private LabelledSet() {}

    static Path checked(CommandSpec spec, Path set) {
        if (!Files.isRegularFile(set.resolve("manifest.json")) || !Files.isDirectory(set.resolve("cases"))) {
            throw new ParameterException(spec.commandLine(), set + " is not a labelled set: it needs manifest.json and "
                    + "cases/ as ../shared/eval/README.md lays them out (for example ../shared/eval/extraction-dev)");
        }
        return set;
    }
}
