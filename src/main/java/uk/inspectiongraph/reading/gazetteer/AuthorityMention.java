package uk.inspectiongraph.reading.gazetteer;

import uk.inspectiongraph.domain.Span;

/**
 * The local authority a document is about: the name as resolved in the gazetteer and its ONS
 * code, with the span of the words that named it.
 */
public record AuthorityMention(String name, String code, Span span) {
}
