package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;

import java.util.List;

/**
 * An inspection event a document speaks of: an inspection or a visit, when it took place, its
 * focus, inspectors and judgements. A council presentation may speak of several. Where the
 * document states it, the dates of the previous inspection of the same kind; an area SEND report
 * adds its outcome and the partnership it inspected ({@code areaSend}, null otherwise).
 */
public record ExtractedEvent(EventKind kind, DateValue startDate, DateValue endDate, String focus,
		List<ExtractedInspector> inspectors, List<ExtractedJudgement> judgements, Span span,
		DateRange previousInspection, AreaSendFacts areaSend) {

	public ExtractedEvent {
		inspectors = List.copyOf(inspectors);
		judgements = List.copyOf(judgements);
	}

	/** An event whose document states no previous inspection and is no area SEND report. */
	public ExtractedEvent(EventKind kind, DateValue startDate, DateValue endDate, String focus,
			List<ExtractedInspector> inspectors, List<ExtractedJudgement> judgements, Span span) {
		this(kind, startDate, endDate, focus, inspectors, judgements, span, null, null);
	}
}
