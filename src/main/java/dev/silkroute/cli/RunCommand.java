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
        Service service;
        try {
            service = new Service(s).configure();
        } catch (java.io.IOException e) {
            // a sources file that does not parse, an inbox that cannot be made: the operator's to fix, said in one line
            System.err.println("silkroute run: cannot start: " + e.getMessage());
            return 1;
        }
        service.run();
        return 0;
    }
}
