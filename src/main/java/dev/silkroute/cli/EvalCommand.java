package dev.silkroute.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", description = "Measure quality over labelled data.",
        subcommands = {EvalExtractionCommand.class, EvalLanguageCommand.class, EvalEntitiesCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
