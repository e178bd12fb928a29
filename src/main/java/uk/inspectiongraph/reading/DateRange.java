package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;

/**
 * A date or a span of dates as a document states it ("17 July 2018", "15 and 16 December 2021",
 * "Oct/Nov 16"), with the span of the words. A single date has the same start and end.
 */
public record DateRange(DateValue start, DateValue end, Span span) {

	/** Whether the document gave one date rather than a span of dates. */
	public boolean single() {
		return start.equals(end);
	}
}
