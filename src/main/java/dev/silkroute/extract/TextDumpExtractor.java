package dev.silkroute.extract;

import java.util.ArrayList;
import java.util.List;

/** Extraction from a plain-text dump of a page: one candidate block per line, boilerplate still in. */
public final class TextDumpExtractor {
    private final ArticleAssembler assembler;

    public TextDumpExtractor(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    public Extraction extract(String text, PageMeta known) {
        List<Candidate> lines = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\r\n|\n|\r", -1)) {
            lineNo++;
            if (!line.isBlank()) lines.add(Candidate.line(line, lineNo));
        }
        return assembler.assemble(lines, known);
    }
}
