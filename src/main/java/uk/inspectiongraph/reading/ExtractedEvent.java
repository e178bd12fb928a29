package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;

import java.util.List;

/**
 * An inspection event a document speaks of: an inspection or a visit, when it took place, its
 * focus, inspectors and judgements, and for a joint inspection what only those have (its deep dive
 * and the inspectorates that took part; null for other events). A council presentation may speak
 * of several.
 */
public record ExtractedEvent(EventKind kind, DateValue startDate, DateValue endDate, String focus,
		List<ExtractedInspector> inspectors, List<ExtractedJudgement> judgements, Span span, JointFacts joint) {

	public ExtractedEvent {
		inspectors = List.copyOf(inspectors);
		judgements = List.copyOf(judgements);
	}

	/** An event that is no joint inspection. */
	public ExtractedEvent(EventKind kind, DateValue startDate, DateValue endDate, String focus,
			List<ExtractedInspector> inspectors, List<ExtractedJudgement> judgements, Span span) {
		this(kind, startDate, endDate, focus, inspectors, judgements, span, null);
	}
}
