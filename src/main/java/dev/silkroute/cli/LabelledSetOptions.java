package dev.silkroute.cli;

import dev.silkroute.eval.ExtractionEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * What {@code eval extraction} and {@code bench extraction} both take: a labelled set in the layout of
 * ../shared/eval/README.md, the form of its pages, how many of them; a usage error, not a stack trace,
 * when the folder is not such a set.
 */
final class LabelledSetOptions {
    @Parameters(index = "0", paramLabel = "SET_DIR", description = "a folder with manifest.json and cases/")
    Path set;

    @Option(names = "--mode", description = "html (NAME.html.gz) or text (NAME.raw.txt); default html")
    ExtractionEvaluation.Mode mode = ExtractionEvaluation.Mode.HTML;

    @Option(names = "--limit", description = "only the first N cases")
    int limit;

    /** The set's folder, once it is known to hold a manifest with cases; a usage error of {@code command} else. */
    Path checkedSet(CommandSpec command) {
        if (!Files.isRegularFile(set.resolve("manifest.json")) || !Files.isDirectory(set.resolve("cases"))) {
            throw new ParameterException(command.commandLine(), set + " is not a labelled set: it needs manifest.json and "
                    + "cases/ as ../shared/eval/README.md lays them out (for example ../shared/eval/extraction-dev)");
        }
        try {
            var cases = dev.silkroute.pipeline.Json.MAPPER.readTree(set.resolve("manifest.json").toFile()).get("cases");
            if (cases == null || !cases.isObject()) throw new java.io.IOException("it has no \"cases\" object");
        } catch (java.io.IOException e) {
            throw new ParameterException(command.commandLine(), set.resolve("manifest.json") + " cannot be read as a manifest: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return set;
    }

    String modeName() {
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
