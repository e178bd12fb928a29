package uk.inspectiongraph.api.inspection;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * The outcome of an event on a scale of its own (the area SEND scale), not a grade: analysts
 * compare partnerships on it beside, never inside, Ofsted's four-point grades.
 *
 * @param id the outcome's id
 * @param scale the scale it is on (AREA_SEND)
 * @param value the outcome on that scale
 * @param score 1 for the best outcome of its kind of inspection, counting up
 * @param monitoring whether a monitoring inspection, not a full one, reached it
 * @param wording the report's sentence stating it
 * @param eventKey the event it concludes
 * @param documentHash the stating document
 */
public record OutcomeView(String id, String scale, String value, int score, boolean monitoring, String wording,
		String eventKey, String documentHash) {

	/** The Cypher map projection of an outcome {@code o} of event {@code e} stated in {@code d}. */
	public static final String PROJECTION = "o {.id, .scale, .value, .score, .monitoring, .wording, eventKey: e.key, "
			+ "documentHash: d.hash}";

	/** The outcome held in a map value made by {@link #PROJECTION}. */
	public static OutcomeView of(Value map) {
		return new OutcomeView(Rows.text(map.get("id")), Rows.text(map.get("scale")), Rows.text(map.get("value")),
				map.get("score").asInt(0), map.get("monitoring").asBoolean(false), Rows.text(map.get("wording")),
				Rows.text(map.get("eventKey")), Rows.text(map.get("documentHash")));
	}
}
