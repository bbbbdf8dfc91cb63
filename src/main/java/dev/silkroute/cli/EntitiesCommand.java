package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.decode.CharsetDecoder;
import dev.silkroute.normalize.EntityRecognizer;
import dev.silkroute.pipeline.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entities", description = "The entity mentions of a whole text file (no boilerplate removal) as JSON: "
        + "start, end (code points of the file's text), text, type, canonical, id, xrefs, value.")
final class EntitiesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a text file (any charset; decoded as the pipeline does)")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dct", description = "the document's date (YYYY-MM-DD) for relative and yearless dates")
    String dct;

    @Override
    public Integer call() throws Exception {
        ExistingPaths.file(spec, file);
        String text = new CharsetDecoder().decodeText(Files.readAllBytes(file), null).text();
        System.out.println(Json.pretty(new EntityRecognizer(Components.gazetteer()).recognize(text, dct)));
        return 0;
    }
}
