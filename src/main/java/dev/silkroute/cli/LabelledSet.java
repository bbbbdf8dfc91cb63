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
        try {
            var cases = dev.silkroute.pipeline.Json.MAPPER.readTree(set.resolve("manifest.json").toFile()).get("cases");
            if (cases == null || !cases.isObject()) throw new java.io.IOException("it has no \"cases\" object");
        } catch (java.io.IOException e) {
            throw new ParameterException(spec.commandLine(), set.resolve("manifest.json") + " cannot be read as a manifest: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return set;
    }
}
