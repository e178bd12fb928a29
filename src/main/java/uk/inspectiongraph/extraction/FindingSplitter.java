package uk.inspectiongraph.extraction;

import java.util.List;

import uk.inspectiongraph.extraction.findings.FindingSections;

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

	/**
	 * The "items" of a document: its areas for improvement and priority actions in document order;
	 * item {@code n} is element {@code n - 1}.
	 */
	public static List<ExtractedFinding> items(List<ExtractedFinding> findings) {
		return findings.stream()
			.filter(f -> f.kind() == FindingKind.AREA_FOR_IMPROVEMENT || f.kind() == FindingKind.PRIORITY_ACTION)
			.toList();
	}

	/**
	 * Everything a document asks to be improved: its areas for improvement, priority actions and
	 * recommendations in document order, one per bullet, numbered point or paragraph; item {@code n}
	 * is element {@code n - 1} (the numbering of the theme labels).
	 */
	public static List<ExtractedFinding> improvementItems(List<ExtractedFinding> findings) {
		return findings.stream()
			.filter(f -> f.kind() == FindingKind.AREA_FOR_IMPROVEMENT || f.kind() == FindingKind.PRIORITY_ACTION
					|| f.kind() == FindingKind.RECOMMENDATION)
			.toList();
	}
}
