package uk.inspectiongraph.api.joint;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * An inspectorate that took part in a joint inspection, as the API shows it.
 *
 * @param code the stable code (OFSTED, CQC, HMICFRS, HMI_PROBATION)
 * @param name the name for people
 */
public record InspectorateView(String code, String name) {

	/** The Cypher map projection of an inspectorate {@code i}. */
	static final String PROJECTION = "i {.code, .name}";

	static InspectorateView of(Value map) {
		return new InspectorateView(Rows.text(map.get("code")), Rows.text(map.get("name")));
	}
}
