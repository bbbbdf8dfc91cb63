package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.app.Settings;
import dev.silkroute.store.Database;
import dev.silkroute.store.DocumentStore;
import dev.silkroute.store.IngestEvent;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status", description = "Database path, schema version, counts by outcome and the last 10 failures.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Override
    public Integer call() throws Exception {
        Settings s = common.settings();
        if (!java.nio.file.Files.exists(s.db())) {
            // a status is a look, not a write: the database is created by the first run or ingest
            System.out.println("database:       " + s.db().toAbsolutePath() + " (not created yet: nothing has been stored)");
            System.out.println("inbox:          " + s.inbox());
            return 0;
        }
        Database db = Components.database(s);
        DocumentStore store = new DocumentStore(db);
        System.out.println("database:       " + db.file());
        System.out.println("schema version: " + db.schemaVersion());
        System.out.println("inbox:          " + s.inbox());
        System.out.println("documents:      " + store.documentCount());
        Map<String, Long> counts = store.countsByOutcome();
        for (String outcome : new String[]{IngestEvent.STORED, IngestEvent.DUPLICATE, IngestEvent.FAILED}) {
            System.out.printf("%-15s %d%n", outcome + ":", counts.getOrDefault(outcome, 0L));
        }
        var failures = store.lastFailures(10);
        if (!failures.isEmpty()) System.out.println("last failures:");
        for (IngestEvent e : failures) {
            System.out.printf("  %s  %s  [%s/%s] %s%n", e.at(), e.fileName(), e.stage(), e.reason(), e.message());
        }
        return 0;
    }
}
