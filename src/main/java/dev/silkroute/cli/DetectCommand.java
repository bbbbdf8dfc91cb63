package dev.silkroute.cli;

import dev.silkroute.app.Components;
import dev.silkroute.language.JsonLinesDetector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "detect", description = {
        "Language of each JSON line {\"id\", \"text\"} on stdin, as {\"id\", \"lang\", \"confidence\"} on stdout (one model load, each answer flushed).",
        "A text with blank-line-separated blocks also answers \"paragraphs\" and \"languages\". Exit 1 if any line was bad."})
final class DetectCommand implements Callable<Integer> {
    @Mixin
    Silkroute.Common common;

    @Override
    public Integer call() throws Exception {
        var detector = Components.languageDetector(common.settings());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        int errors = new JsonLinesDetector(detector).run(in, out);
        if (errors > 0) System.err.println("silkroute detect: " + errors + " line(s) answered with an error (see their \"error\")");
        return errors == 0 ? 0 : 1;
    }
}
