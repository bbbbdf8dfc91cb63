package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Extraction from a plain-text dump of a page: one candidate block per line, boilerplate still in;
 * but a paragraph printed as wrapped text (a {@code <pre>} block of a mail archive or a manual page,
 * cut at 60 to 80 characters) is one block, as it is one paragraph, and not a column of short lines.
 */
public final class TextDumpExtractor {
    private final ArticleAssembler assembler;

    public TextDumpExtractor(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    public Extraction extract(String text, PageMeta known) {
        List<Candidate> blocks = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int lineNo = 0, runStart = 0;
        for (String line : text.split("\r\n|\n|\r", -1)) {
            lineNo++;
            if (line.isBlank()) {
                // a blank line ends a paragraph, and keeps the lines of a run consecutive
                addRun(blocks, run, runStart);
                run.clear();
                continue;
            }
            if (!run.isEmpty() && continuesAWrappedLine(run.get(run.size() - 1), line)) {
                run.add(line);
                continue;
            }
            addRun(blocks, run, runStart);
            run.clear();
            run.add(line);
            runStart = lineNo;
        }
        addRun(blocks, run, runStart);
        return assembler.assemble(blocks, known);
    }

    /**
     * Lines a wrapped paragraph must have, and how far apart the lengths of its full lines may be.
     * Measured: extraction-dev text 0.79261 -> 0.79358 (11 pages better, a manual page 0.01 -> 0.89, a
     * mail archive 0.81 -> 0.90; 4 worse by 0.02-0.03), multilingual text unchanged. Joining any two
     * such lines, without the run's evidence, made 21 pages worse (a shop's dump came out empty).
     */
    private static final int WRAPPED_LINES_MIN = 3, WRAP_RAGGEDNESS = 20;

    /** A run of lines that carry one sentence on is one paragraph when it is wrapped text; else its lines stand alone. */
    private static void addRun(List<Candidate> blocks, List<String> run, int firstLine) {
        if (run.isEmpty()) return;
        if (isWrappedParagraph(run)) {
            StringBuilder joined = new StringBuilder(run.get(0).strip());
            for (int i = 1; i < run.size(); i++) joined.append(' ').append(run.get(i).strip());
            blocks.add(Candidate.line(joined.toString(), firstLine));
            return;
        }
        // lines of a run are consecutive non-blank lines: numbered from its first
        for (int i = 0, n = firstLine; i < run.size(); i++, n++) blocks.add(Candidate.line(run.get(i), n));
    }

    private static boolean isWrappedParagraph(List<String> run) {
        if (run.size() < WRAPPED_LINES_MIN) return false;
        int shortest = Integer.MAX_VALUE, longest = 0;
        for (int i = 0; i < run.size() - 1; i++) {
            int len = run.get(i).strip().length();
            shortest = Math.min(shortest, len);
            longest = Math.max(longest, len);
        }
        return longest - shortest <= WRAP_RAGGEDNESS;
    }

    /** The widths text is wrapped at: a mail archive, a manual page, a {@code <pre>} block printed as it was typed. */
    private static final int WRAP_MIN = 40, WRAP_MAX = 100;

    /**
     * Whether {@code line} carries on the sentence the line before it was cut in: the line before is
     * as long as wrapped lines are and stops without a sentence's end, and this one begins in lower case.
     */
    private static boolean continuesAWrappedLine(String before, String line) {
        String b = before.strip();
        if (b.length() < WRAP_MIN || b.length() > WRAP_MAX || TextMeasure.endsLikeSentence(b)) return false;
        String l = line.strip();
        return !l.isEmpty() && Character.isLowerCase(l.codePointAt(0));
    }
}
