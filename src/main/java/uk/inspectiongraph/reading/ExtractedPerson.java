package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Agency;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.Relation;

/**
 * A person named in a document with their role and organisation as written there (either may be
 * null when the document does not say), and, where a joint inspection letter says it, the kind of
 * agency they answer for (null elsewhere).
 */
public record ExtractedPerson(String name, String role, String organisation, Relation relation, Span span,
		Agency agency) {

	/** A person whose agency is not read. */
	public ExtractedPerson(String name, String role, String organisation, Relation relation, Span span) {
		this(name, role, organisation, relation, span, null);
	}
}
