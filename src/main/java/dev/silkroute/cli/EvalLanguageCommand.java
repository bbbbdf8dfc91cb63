package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.eval.LanguageEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "language", description = "Accuracy per language and kind, macro average, confusions and speed of language detection.")
final class EvalLanguageCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "lines of {\"id\", \"lang\", \"kind\", \"text\"}")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--errors", description = "list the first N wrong answers")
    int errors;

    @Option(names = "--mixed", description = "also label N mixed pages built from the sentences (default 500; 0: none)")
    int mixed = 500;

    @Override
    public Integer call() throws Exception {
        ExistingPaths.file(spec, file);
        List<LanguageEvaluation.Item> items;
        try {
            items = LanguageEvaluation.read(file); // before the models load: a bad line is said at once
        } catch (java.io.IOException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long t0 = System.nanoTime();
        var detector = Components.languageDetector(common.settings());
        System.out.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        LanguageEvaluation.Report r = new LanguageEvaluation(detector).run(items);
        System.out.println("file " + file);
        LanguageEvaluation.print(r, System.out);
        if (mixed > 0) {
            LanguageEvaluation.MixedReport m = new LanguageEvaluation(detector).mixed(items, mixed, 42);
            System.out.printf("mixed pages (one paragraph of another language each): %d pages, documents right %.4f, "
                    + "paragraphs right %.4f of %d%n", m.pages(), (double) m.pagesRight() / Math.max(1, m.pages()),
                    (double) m.paragraphsRight() / Math.max(1, m.paragraphs()), m.paragraphs());
        }
        r.outcomes().stream().filter(o -> !o.right()).limit(errors).forEach(o ->
                System.out.printf("  wrong %s: %s → %s  %s%n", o.item().id(), o.item().lang(), o.predicted(), o.item().text()));
        Runtime rt = Runtime.getRuntime();
        // after a collection: what the models hold, not the garbage the run left
        System.gc();
        System.out.printf("heap in use after the run: %d MB (models and data, after a collection)%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        return 0;
    }
}
