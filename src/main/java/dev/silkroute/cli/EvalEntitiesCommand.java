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

    @Option(names = "--misses", description = "list the first N gold mentions not found")
    int misses;

    @Override
    public Integer call() throws Exception {
        EntityEvaluation.Report r = new EntityEvaluation(new EntityRecognizer(Components.gazetteer())).run(gold, texts);
        EntityEvaluation.print(r, System.out);
        r.misses().stream().limit(misses).forEach(m -> System.out.println("  missed " + m));
        return 0;
    }
}
