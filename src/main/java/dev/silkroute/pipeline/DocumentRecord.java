package dev.silkroute.pipeline;

import dev.silkroute.decode.CharsetDecision;
import dev.silkroute.extract.RemovedBlock;
import dev.silkroute.normalize.Entity;
import java.util.List;
import java.util.Map;

/**
 * The record of one document, as {@code silkroute extract} prints it and the database stores it.
 * Field names are written in snake_case (see README, "The record").
 */
public record DocumentRecord(String id, String sourceFile, String url, String site, CharsetDecision charset,
                             String title, String subtitle, String published, String modified, String source,
                             List<String> byline, String section, String language, Map<String, Double> languages,
                             String text, List<ParagraphRecord> paragraphs, List<String> captions,
                             List<RemovedBlock> removed, List<Entity> entities, Map<String, String> provenance,
                             String pipelineVersion) {}
