package uk.inspectiongraph.extraction;

import java.util.List;

/**
 * Reads the facts of an Ofsted document (inspection report, focused, monitoring or JTAI
 * letter): title, date, the event with its dates, inspectors and judgements, and the recipient.
 * <p>
 * First version: to be replaced by the structural extractor of the "Ingest real documents" work.
 */
public final class OfstedDocumentExtractor {

	public DocumentFacts extract(String text, Classification classification) {
		return new DocumentFacts(null, null, List.of(), List.of());
	}
}
