package uk.inspectiongraph.reading;


import java.util.List;

import uk.inspectiongraph.reading.findings.FindingSections;

/**
 * Splits a document into its sections and findings, repairing what PDF text does to prose:
 * sentences cut by page breaks and blank runs are joined, bullets, numbers and markdown removed,
 * running headers, page numbers, footnotes, letterheads and the sign-off left out. The areas for
 * improvement and priority actions of a document, in document order, are its numbered "items":
 * one per bullet, number or paragraph under their heading, sub-bullets inside their item.
 */
public final class FindingSplitter {

	/**
	 * The findings of {@code text}, numbered from 1 in document order; each one's event index points
	 * into {@code events} (-1 when there are none).
	 */
	public List<ExtractedFinding> split(String text, Classification classification, List<ExtractedEvent> events) {
		return FindingSections.split(text, classification.kind(), events);
	}
}
