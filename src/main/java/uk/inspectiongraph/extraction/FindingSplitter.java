package uk.inspectiongraph.extraction;

import java.util.List;

/**
 * Splits a document into its sections and findings, repairing what PDF text does to prose.
 * <p>
 * First version: to be replaced in the "Findings and themes" work.
 */
public final class FindingSplitter {

	public List<ExtractedFinding> split(String text, Classification classification, List<ExtractedEvent> events) {
		return List.of();
	}
}
