package uk.inspectiongraph.api.inspection;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * A graded area of an event, with the keys of its event and stating document.
 *
 * @param id the judgement's id
 * @param area the area judged
 * @param grade the grade
 * @param score 1 (outstanding) to 4 (inadequate)
 * @param wording the document's words for the area
 * @param eventKey the event judged
 * @param documentHash the stating document
 */
public record JudgementView(String id, String area, String grade, int score, String wording, String eventKey,
		String documentHash) {

	/** The Cypher map projection of a judgement {@code j} of event {@code e} stated in {@code d}. */
	public static final String PROJECTION = "j {.id, .area, .grade, .score, .wording, eventKey: e.key, documentHash: d.hash}";

	/** The judgement held in a map value made by {@link #PROJECTION}. */
	public static JudgementView of(Value map) {
		return new JudgementView(Rows.text(map.get("id")), Rows.text(map.get("area")), Rows.text(map.get("grade")),
				map.get("score").asInt(0), Rows.text(map.get("wording")), Rows.text(map.get("eventKey")),
				Rows.text(map.get("documentHash")));
	}
}
