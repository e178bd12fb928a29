package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;

import java.util.List;

/**
 * An inspection event a document speaks of: an inspection or a visit, when it took place, its
 * focus, inspectors and judgements. A council presentation may speak of several.
 */
public record ExtractedEvent(EventKind kind, DateValue startDate, DateValue endDate, String focus,
		List<ExtractedInspector> inspectors, List<ExtractedJudgement> judgements, Span span) {

	public ExtractedEvent {
		inspectors = List.copyOf(inspectors);
		judgements = List.copyOf(judgements);
	}
}
