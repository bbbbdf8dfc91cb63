package dev.silkroute.pipeline;

import dev.silkroute.decode.CharsetDecoder;
import dev.silkroute.decode.DecodedText;
import dev.silkroute.extract.Block;
import dev.silkroute.extract.Extraction;
import dev.silkroute.extract.HtmlExtractor;
import dev.silkroute.extract.PageMeta;
import dev.silkroute.extract.TextDumpExtractor;
import dev.silkroute.intake.Envelope;
import dev.silkroute.intake.EnvelopeReader;
import dev.silkroute.intake.Gzip;
import dev.silkroute.intake.InputKind;
import dev.silkroute.intake.InputRejected;
import dev.silkroute.intake.RawInput;
import dev.silkroute.language.DocumentLanguageLabeller;
import dev.silkroute.language.DocumentLanguages;
import dev.silkroute.language.LanguageGuess;
import dev.silkroute.normalize.Entity;
import dev.silkroute.normalize.EntityRecognizer;
import dev.silkroute.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages in order, for one input: read → decode → extract → language → normalize. Knows
 * nothing of Camel or of the database, so {@code extract}, {@code ingest} and the inbox route all
 * run exactly this.
 */
public final class Pipeline {
    public static final String VERSION = "silkroute-0.1.0";

    private final CharsetDecoder decoder = new CharsetDecoder();
    private final EnvelopeReader envelopes = new EnvelopeReader();
    private final TextDumpExtractor dumps;
    private final HtmlExtractor html;
    private final DocumentLanguageLabeller languages;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final EntityRecognizer entities;
    private final long maxBytes;

    public Pipeline(TextDumpExtractor dumps, HtmlExtractor html, DocumentLanguageLabeller languages,
                    EntityRecognizer entities, long maxBytes) {
        this.dumps = dumps;
        this.html = html;
        this.languages = languages;
        this.entities = entities;
        this.maxBytes = maxBytes;
    }

    /** The decoded page and what the extraction stage made of it. */
    public record Extracted(DecodedText decoded, Extraction extraction, String url) {}

    /** The first stages alone: read, decode, extract. */
    public Extracted extract(RawInput input) {
        if (input.bytes().length > maxBytes) {
            throw new InputRejected("read", "too-large", input.bytes().length + " bytes is over the limit of " + maxBytes
                    + " (silkroute.max-bytes); raise the limit or split the file");
        }
        if (Gzip.isGzipName(input.fileName())) {
            input = new RawInput(input.fileName(), Gzip.inflate(input.fileName(), input.bytes(), maxBytes), input.kind());
        }
        String url = null;
        PageMeta meta = new PageMeta();
        byte[] body = input.bytes();
        boolean isHtml = input.kind() == InputKind.HTML;
        DecodedText decoded;
        if (input.kind() == InputKind.ENVELOPE) {
            Envelope env = envelopes.read(input.bytes());
            url = env.url();
            meta.url(url, "envelope url");
            body = env.body();
            isHtml = !env.isPlainText();
            String declared = env.bodyWasText() ? "UTF-8" : env.declaredCharset();
            decoded = isHtml ? decoder.decodeHtml(body, declared) : decoder.decodeText(body, declared);
        } else {
            decoded = isHtml ? decoder.decodeHtml(body, null) : decoder.decodeText(body, null);
        }
        Extraction ex = isHtml ? html.extract(decoded.text(), url, meta) : dumps.extract(decoded.text(), meta);
        return new Extracted(decoded, ex, url);
    }

    /** The caller's time limit interrupts this thread; the stage boundaries are where it stops. */
    private static void stopIfTimedOut() {
        if (Thread.currentThread().isInterrupted()) {
            throw new InputRejected("pipeline", "timeout", "stopped at the time limit");
        }
    }

    public DocumentRecord process(RawInput input) {
        Extracted extracted = extract(input);
        stopIfTimedOut();
        Extraction ex = extracted.extraction();
        DecodedText decoded = extracted.decoded();
        String url = extracted.url();
        List<String> paragraphs = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Block b : ex.body()) {
            String t = b.kind().equals("code") ? normalizer.normalizeCode(b.text()) : normalizer.normalize(b.text());
            if (!t.isEmpty()) { paragraphs.add(t); kinds.add(b.kind()); }
        }
        if (paragraphs.isEmpty()) {
            throw new InputRejected("extract", "no-main-text", "no main text was found (" + ex.removed().size()
                    + " blocks all judged boilerplate); check the file is an article page, see 'removed' in "
                    + "`silkroute extract` for why each block was dropped");
        }
        DocumentLanguages langs = languages.label(paragraphs);
        stopIfTimedOut();
        StringBuilder text = new StringBuilder();
        List<ParagraphRecord> paras = new ArrayList<>();
        int cp = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) { text.append("\n\n"); cp += 2; }
            String p = paragraphs.get(i);
            int len = p.codePointCount(0, p.length());
            LanguageGuess g = langs.paragraphs().get(i);
            paras.add(new ParagraphRecord(i, cp, cp + len, g.lang(), g.confidence(), kinds.get(i)));
            text.append(p);
            cp += len;
        }
        String fullText = text.toString();
        List<Entity> found = entities.recognize(fullText, ex.published());
        List<String> captions = ex.captions().stream().map(normalizer::normalize).toList();
        return new DocumentRecord(input.identity(), input.fileName(), ex.url() != null ? ex.url() : url, ex.site(),
                decoded.charset(), normalizer.normalize(ex.title()), normalizer.normalize(ex.subtitle()), ex.published(),
                ex.modified(), ex.source(), ex.byline(), ex.section(), langs.language(), langs.substantialShares(), fullText,
                paras, captions, ex.removed(), found, ex.provenance(), VERSION);
    }
}
