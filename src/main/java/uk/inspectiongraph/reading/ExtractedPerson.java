package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.Relation;

/**
 * A person named in a document with their role and organisation as written there (either may be
 * null when the document does not say).
 */
public record ExtractedPerson(String name, String role, String organisation, Relation relation, Span span) {
}
