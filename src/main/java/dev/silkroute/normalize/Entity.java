package dev.silkroute.normalize;

import java.util.List;

/**
 * One mention of an entity in a text, offsets in code points, end exclusive.
 *
 * @param canonical the entity's canonical English name (null for dates and amounts)
 * @param id        Wikidata QID, {@code iso3166:XX}, {@code geonames:N}, or null when not verified
 * @param value     normalized value of a DATE/TIME (ISO 8601) or an amount, else null
 */
public record Entity(int start, int end, String text, String type, String canonical, String id, List<String> xrefs,
                     String value) {}
