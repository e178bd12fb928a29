package uk.inspectiongraph.graph.write;

import uk.inspectiongraph.domain.DocumentRef;

import java.util.List;

/**
 * What writing one document did: it holds its publication's facts, or ({@code copyOf} set) it was
 * recorded as a copy of the document that does; {@code superseded} are the documents held before
 * that it took the facts from, being more complete.
 */
public record WrittenDocument(String hash, DocumentRef copyOf, List<DocumentRef> superseded) {

	public WrittenDocument {
		superseded = List.copyOf(superseded);
	}
}
