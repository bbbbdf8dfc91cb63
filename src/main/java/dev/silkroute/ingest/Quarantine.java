package dev.silkroute.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.silkroute.pipeline.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where inbox files end up: {@code .done/YYYY-MM-DD/NAME} or {@code .failed/NAME} with
 * {@code NAME.error.json} beside it. Names are made unique ({@code NAME~2}) so a later file of the
 * same name never overwrites an earlier one.
 */
public final class Quarantine {
    private final Path inbox;

    public Quarantine(Path inbox) {
        this.inbox = inbox;
    }

    public Path doneDir() {
        return inbox.resolve(".done").resolve(LocalDate.now(ZoneOffset.UTC).toString());
    }

    public Path failedDir() {
        return inbox.resolve(".failed");
    }

    /** A name free in both the done folder of today and the failed folder. */
    public String archiveName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        String candidate = name;
        for (int n = 2; Files.exists(doneDir().resolve(candidate)) || Files.exists(failedDir().resolve(candidate)); n++) {
            candidate = name + "~" + n;
        }
        return candidate;
    }

    /** Writes {@code .failed/ARCHIVE.error.json}; the route moves the file itself beside it. */
    public Path writeReport(String archiveName, Outcome failure) throws IOException {
        Files.createDirectories(failedDir());
        ObjectNode report = Json.MAPPER.createObjectNode();
        report.put("file", failure.fileName());
        report.put("stage", failure.stage());
        report.put("error", failure.reason());
        report.put("message", failure.message());
        report.put("time", Instant.now().toString());
        report.put("sha256", failure.documentId());
        Path target = failedDir().resolve(archiveName + ".error.json");
        Path tmp = failedDir().resolve("." + archiveName + ".error.json.tmp");
        Files.writeString(tmp, Json.pretty(report), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
