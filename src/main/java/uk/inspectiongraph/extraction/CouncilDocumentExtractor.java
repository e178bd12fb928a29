package uk.inspectiongraph.extraction;

import java.util.List;

/**
 * Reads the facts of a council document about inspections (cabinet report, scrutiny slides):
 * meeting date, the events it speaks of, and the officers and councillors it names.
 * <p>
 * First version: to be replaced in the "Ingest real documents" work.
 */
public final class CouncilDocumentExtractor {

	public DocumentFacts extract(String text, Classification classification) {
		return new DocumentFacts(null, null, List.of(), List.of());
	}
}
