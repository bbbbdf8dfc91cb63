package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.ingest.IngestService;
import dev.silkroute.ingest.Outcome;
import dev.silkroute.store.Database;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Process files and folders once, through the same pipeline as the inbox, and exit: "
        + "0 all stored or duplicate, 1 some failed, 2 usage error. The files are left where they are.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (.html, .htm, .txt, .json)")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        Database db = Components.database(s);
        IngestService ingest = Components.ingestService(s, db);
        List<Path> files = InputFiles.expand(paths);
        ProgressBar bar = new ProgressBar(System.err, files.size());
        int stored = 0, duplicates = 0;
        List<Outcome> failed = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            bar.step(i, f.toString());
            byte[] bytes = null;
            try {
                ingest.checkFile(f.toString());
                bytes = Files.readAllBytes(f);
                Outcome o = ingest.ingest(f.getFileName().toString(), bytes);
                if (o.outcome().equals("stored")) stored++; else duplicates++;
            } catch (NoSuchFileException e) {
                failed.add(new Outcome(f.toString(), "failed", null, "read", "not-found", "no such file"));
            } catch (Exception | StackOverflowError e) {
                Outcome o = ingest.recordFailure(f.getFileName().toString(), bytes, e);
                failed.add(new Outcome(f.toString(), o.outcome(), o.documentId(), o.stage(), o.reason(), o.message()));
            }
        }
        bar.finish();
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d files in %.1f s: %d stored, %d duplicates, %d failed%n", files.size(), secs, stored, duplicates,
                failed.size());
        for (Outcome o : failed) System.out.printf("  failed %s [%s/%s] %s%n", o.fileName(), o.stage(), o.reason(), o.message());
        return failed.isEmpty() ? 0 : 1;
    }
}
