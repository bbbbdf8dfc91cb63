package dev.silkroute.cli;

import dev.silkroute.app.Service;
import dev.silkroute.app.Settings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", description = "Watch the inbox and store every page dropped there, until stopped (SIGTERM, Ctrl-C).")
final class RunCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        System.err.println("silkroute: watching " + s.inbox() + ", writing " + s.db());
        new Service(s).configure().run();
        return 0;
    }
}
