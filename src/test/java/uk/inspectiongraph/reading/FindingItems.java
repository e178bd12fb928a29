package uk.inspectiongraph.reading;

import java.util.List;
import java.util.Set;

import uk.inspectiongraph.domain.FindingKind;

/**
 * The numbered "items" the tests and the theme labels count by: a document's findings of some
 * kinds, in document order; item {@code n} is element {@code n - 1}.
 */
public final class FindingItems {

	private static final Set<FindingKind> ITEMS = Set.of(FindingKind.AREA_FOR_IMPROVEMENT, FindingKind.PRIORITY_ACTION);

	private static final Set<FindingKind> IMPROVEMENT = Set.of(FindingKind.AREA_FOR_IMPROVEMENT,
			FindingKind.PRIORITY_ACTION, FindingKind.RECOMMENDATION);

	private FindingItems() {
	}

	/** Areas for improvement and priority actions. */
	public static List<ExtractedFinding> items(List<ExtractedFinding> findings) {
		return findings.stream().filter(f -> ITEMS.contains(f.kind())).toList();
	}

	/** Areas for improvement, priority actions and recommendations: what the theme labels number. */
	public static List<ExtractedFinding> improvementItems(List<ExtractedFinding> findings) {
		return findings.stream().filter(f -> IMPROVEMENT.contains(f.kind())).toList();
	}
}
