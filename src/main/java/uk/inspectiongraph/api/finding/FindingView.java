package uk.inspectiongraph.api.finding;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * A finding as the API shows it, with the keys of the event and document it hangs off so their
 * fields can be fetched in batches.
 *
 * @param id document hash and order
 * @param kind the kind of statement
 * @param section the heading it was found under
 * @param order its position in the document
 * @param text what it says
 * @param spanStart where it starts in the document's text
 * @param spanEnd where it ends
 * @param eventKey the key of the event it is about, or null
 * @param documentHash the hash of its document
 */
public record FindingView(String id, String kind, String section, Integer order, String text, Integer spanStart,
		Integer spanEnd, String eventKey, String documentHash) {

	/** The Cypher map projection of a finding {@code f} with its event {@code e} and document {@code d}. */
	public static final String PROJECTION = "f {.id, .kind, .section, .order, .text, .spanStart, .spanEnd, "
			+ "eventKey: e.key, documentHash: d.hash}";

	/** The finding held in a map value made by {@link #PROJECTION}. */
	public static FindingView of(Value map) {
		return new FindingView(Rows.text(map.get("id")), Rows.text(map.get("kind")), Rows.text(map.get("section")),
				Rows.integer(map.get("order")), Rows.text(map.get("text")), Rows.integer(map.get("spanStart")),
				Rows.integer(map.get("spanEnd")), Rows.text(map.get("eventKey")), Rows.text(map.get("documentHash")));
	}
}
