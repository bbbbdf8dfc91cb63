package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.eval.ExtractionBenchmark;
import dev.silkroute.eval.ExtractionEvaluation;
import dev.silkroute.intake.RawInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Speed and memory benchmarks.", subcommands = BenchCommand.Extraction.class)
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "extraction", description = "Pages per CPU-second and bytes allocated per page of extraction in the "
            + "steady state: untimed warm-up rounds over a set held in memory, then timed rounds.")
    static final class Extraction implements Callable<Integer> {
        @Mixin
        Silkroute.Common common;

        @Mixin
        LabelledSetOptions labelled;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--warm-up", description = "untimed rounds first (default 2)")
        int warmUp = 2;

        @Option(names = "--rounds", description = "timed rounds (default 5)")
        int rounds = 5;

        @Override
        public Integer call() throws Exception {
            Path set = labelled.checkedSet(spec);
            if (rounds < 1 || warmUp < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be 1 or more and --warm-up 0 or more");
            }
            List<RawInput> pages = ExtractionBenchmark.load(set, labelled.mode, labelled.limit);
            System.out.printf(Locale.ROOT, "set %s  mode %s  %d pages; %d untimed rounds, then %d timed%n", set,
                    labelled.modeName(), pages.size(), warmUp, rounds);
            int[] n = {0};
            ExtractionBenchmark.Report r = new ExtractionBenchmark(Components.pipeline(common.settings()))
                    .run(pages, warmUp, rounds, w -> System.out.printf(Locale.ROOT, "warm-up round %d of %d done%n", w, warmUp),
                            round -> ExtractionBenchmark.printRound(++n[0], round, System.out));
            ExtractionBenchmark.printSummary(r, System.out);
            return 0;
        }
    }
}
