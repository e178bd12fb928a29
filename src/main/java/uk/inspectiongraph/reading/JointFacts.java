package uk.inspectiongraph.reading;

import java.util.List;

import uk.inspectiongraph.domain.DeepDive;
import uk.inspectiongraph.domain.Inspectorate;
import uk.inspectiongraph.domain.Span;

/**
 * What a joint inspection letter says of its inspection beyond dates: the subject it looked at in
 * depth (null when the letter names none of the controlled list), the letter's own words for it, and
 * the inspectorates that took part, Ofsted first.
 */
public record JointFacts(DeepDive deepDive, String deepDiveWording, List<Inspectorate> inspectorates, Span span) {

	public JointFacts {
		inspectorates = List.copyOf(inspectorates);
	}
}
