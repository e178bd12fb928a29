package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.AreaSendOutcome;
import uk.inspectiongraph.domain.Span;

/**
 * What an area SEND report says beyond its dates: the inspection outcome on its own scale, with
 * the report's wording, and the local area partnership it names as jointly responsible for
 * services for children with SEND (the council and the health body, an integrated care board
 * since July 2022). Either part is null when the report does not state it.
 */
public record AreaSendFacts(Outcome outcome, Partnership partnership) {

	/** The outcome, the sentence that states it and where that sentence is. */
	public record Outcome(AreaSendOutcome value, String wording, Span span) {
	}

	/** The council and the health body as the report names them, and where it names them. */
	public record Partnership(String council, String healthBody, Span span) {
	}
}
