package dev.silkroute.cli;

import dev.silkroute.verify.CrashDrill;
import dev.silkroute.verify.LoadDrill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "verify", description = "Drills that prove the inbox's guarantees on this machine.",
        subcommands = {VerifyCommand.Crash.class, VerifyCommand.Load.class})
final class VerifyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "crash", description = "Run the service as a child process, SIGKILL it at random moments while it works, "
            + "restart it, and check every dropped file: nothing lost, nothing twice. Exit 1 if the invariant breaks.")
    static final class Crash implements Callable<Integer> {
        @Option(names = "--files", description = "files to drop (default 2000)")
        int files = 2000;
        @Option(names = "--kills", description = "SIGKILLs (default 20)")
        int kills = 20;
        @Option(names = "--seed", description = "random seed (default 1)")
        long seed = 1;
        @Option(names = "--work", description = "folder for the drill (default: a new temporary folder)")
        Path work;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (files < 1 || kills < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--files must be 1 or more and --kills 0 or more");
            }
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("silkroute-crash");
            System.out.println("crash drill in " + dir);
            Path home = Path.of(System.getProperty("silkroute.home", "."));
            CrashDrill.Result r = new CrashDrill(dir, home, files, kills, seed, System.out).run();
            CrashDrill.print(r, System.out);
            return r.holds() ? 0 : 1;
        }
    }

    @Command(name = "load", description = "Drop many files at once, drain them through the service in this process, "
            + "print files/s, peak heap and the final counts. Exit 1 if a file was lost or stored twice.")
    static final class Load implements Callable<Integer> {
        @Mixin
        Silkroute.Common common;
        @Option(names = "--files", description = "files to drop (default 20000)")
        int files = 20000;
        @Option(names = "--work", description = "folder for the drill (default: a new temporary folder)")
        Path work;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (files < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--files must be 1 or more");
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("silkroute-load");
            System.out.println("load drill in " + dir);
            LoadDrill.Result r = new LoadDrill(dir, common.settings(), files, System.out).run();
            LoadDrill.print(r, System.out);
            return r.counts().lost() == 0 && r.counts().duplicated() == 0 && r.counts().waiting() == 0 ? 0 : 1;
        }
    }
}
