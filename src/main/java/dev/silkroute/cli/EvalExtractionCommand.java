package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.eval.ExtractionEvaluation;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extraction", description = "Word P/R/F1, snippets, metadata accuracy and speed of extraction over a labelled set.")
final class EvalExtractionCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Mixin
    LabelledSetOptions labelled;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--worst", description = "list the N worst pages")
    int worst;

    @Override
    public Integer call() throws Exception {
        Path set = labelled.checkedSet(spec);
        ExtractionEvaluation eval = new ExtractionEvaluation(Components.pipeline(common.settings()));
        ProgressBar[] bar = new ProgressBar[1];
        ExtractionEvaluation.Report r = eval.run(set, labelled.mode, labelled.limit, (done, total, name) -> {
            if (bar[0] == null) bar[0] = new ProgressBar(System.err, total);
            bar[0].step(done, name);
        });
        if (bar[0] != null) bar[0].finish();
        System.out.println("set " + set + "  mode " + labelled.modeName());
        ExtractionEvaluation.print(r, System.out);
        r.results().stream().sorted(Comparator.comparingDouble(p -> p.score().f1())).limit(worst)
                .forEach(p -> System.out.printf("  worst %s (%s) P %.3f R %.3f F1 %.3f%n", p.name(), p.group(),
                        p.score().precision(), p.score().recall(), p.score().f1()));
        return 0;
    }
}
