package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.ingest.IngestFailure;
import dev.silkroute.intake.FileGuard;
import dev.silkroute.intake.RawInput;
import dev.silkroute.pipeline.DocumentRecord;
import dev.silkroute.pipeline.Json;
import dev.silkroute.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", description = "Print the record of each file as JSON, without touching the database.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Option(names = "--text", description = "print only the clean text")
    boolean textOnly;

    @Option(names = "--out", paramLabel = "DIR", description = "write NAME.json (or NAME.txt with --text) per input into DIR")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            try {
                Files.createDirectories(out); // before the models load: a folder that cannot be made is said at once
            } catch (java.io.IOException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out " + out
                        + " cannot be made (" + e.getClass().getSimpleName() + "): give a folder you can write to");
            }
        }
        Settings settings = common.settings();
        FileGuard guard = new FileGuard(settings.maxBytes());
        Pipeline pipeline = Components.pipeline(settings);
        List<Path> inputs = InputFiles.expand(files);
        ProgressBar bar = new ProgressBar(System.err, out == null ? 0 : inputs.size());
        int failed = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Path f = inputs.get(i);
            bar.step(i, f.toString());
            try {
                guard.check(f); // as ingest checks a path: not a file, a link, over the size limit
                DocumentRecord r = pipeline.process(RawInput.of(f.getFileName().toString(), Files.readAllBytes(f)));
                String rendered = textOnly ? r.text() + "\n" : Json.pretty(r) + "\n";
                if (out == null) {
                    System.out.print(rendered);
                } else {
                    Path target = out.resolve(f.getFileName() + (textOnly ? ".txt" : ".json"));
                    try {
                        Files.writeString(target, rendered, StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        // a full disk or a folder in the way is the output's problem, not the page's or a bug
                        failed++;
                        System.err.printf("silkroute: %s failed [write/cannot-write] %s could not be written (%s); check the --out "
                                + "folder%n", f, target, e.getClass().getSimpleName());
                    }
                }
            } catch (Exception | StackOverflowError e) {
                failed++;
                IngestFailure why = IngestFailure.of(e);
                System.err.printf("silkroute: %s failed [%s/%s] %s%n", f, why.stage(), why.reason(), why.message());
            }
        }
        bar.finish();
        return failed == 0 ? 0 : 1;
    }
}
