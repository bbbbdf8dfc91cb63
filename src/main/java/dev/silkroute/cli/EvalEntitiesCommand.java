package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.eval.EntityEvaluation;
import dev.silkroute.normalize.EntityRecognizer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entities", description = "Mention P/R/F1 (exact, per type, places folded), identifier, canonical-name and date-value accuracy.")
final class EvalEntitiesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "annotations, one NAME.json per text (format of seeds-gold/entities)")
    Path gold;

    @Parameters(index = "1", paramLabel = "TEXT_DIR", description = "the texts, NAME.txt")
    Path texts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--misses", description = "list the first N gold mentions not found")
    int misses;

    @Override
    public Integer call() throws Exception {
        ExistingPaths.folder(spec, gold);
        ExistingPaths.folder(spec, texts);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        var gazetteer = Components.gazetteer();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        System.out.printf("gazetteer loaded in %.1f s, %d MB of heap%n", loadSeconds, Math.max(0, heapAfter - heapBefore) >> 20);
        EntityEvaluation.Report r;
        try {
            r = new EntityEvaluation(new EntityRecognizer(gazetteer)).run(gold, texts);
        } catch (java.io.IOException e) {
            // an annotation that is not JSON, a text missing beside it: the folders' fault, said in one line
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        EntityEvaluation.print(r, System.out);
        r.misses().stream().limit(misses).forEach(m -> System.out.println("  missed " + m));
        return 0;
    }
}
