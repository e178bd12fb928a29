package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;

import java.util.List;

/**
 * An inspection event a document speaks of: an inspection or a visit, when it took place, its
 * focus, inspectors and judgements. A council presentation may speak of several. Where the
 * document states it, the dates of the previous inspection of the same kind. A joint inspection adds
 * what only those have ({@code joint}: its deep dive and the inspectorates that took part) and an
 * area SEND report its outcome and the partnership it inspected ({@code areaSend}); both are null
 * for other events.
 */
public record ExtractedEvent(EventKind kind, DateValue startDate, DateValue endDate, String focus,
		List<ExtractedInspector> inspectors, List<ExtractedJudgement> judgements, Span span,
		DateRange previousInspection, JointFacts joint, AreaSendFacts areaSend) {

	public ExtractedEvent {
		inspectors = List.copyOf(inspectors);
		judgements = List.copyOf(judgements);
	}

	/** An event whose document states no previous inspection and is neither joint nor area SEND. */
	public ExtractedEvent(EventKind kind, DateValue startDate, DateValue endDate, String focus,
			List<ExtractedInspector> inspectors, List<ExtractedJudgement> judgements, Span span) {
		this(kind, startDate, endDate, focus, inspectors, judgements, span, null, null, null);
	}
}
