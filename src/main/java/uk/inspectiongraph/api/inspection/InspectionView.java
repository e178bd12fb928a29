package uk.inspectiongraph.api.inspection;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.people.PersonView;
import uk.inspectiongraph.api.cypher.Rows;

/**
 * A person's part in inspecting an event: the {@code INSPECTED} relationship with both ends.
 *
 * @param person the inspector
 * @param event the event
 * @param lead whether they led it
 * @param documentHash the document naming them
 */
public record InspectionView(PersonView person, EventView event, boolean lead, String documentHash) {

	/** The Cypher map of an {@code INSPECTED} relationship {@code i} from {@code p} to {@code e}. */
	public static final String PROJECTION = "{person: " + PersonView.PROJECTION + ", event: " + EventView.PROJECTION + ", lead: i.lead, "
			+ "documentHash: i.documentHash}";

	/** The inspection held in a map value made by {@link #PROJECTION}. */
	public static InspectionView of(Value map) {
		return new InspectionView(PersonView.of(map.get("person")), EventView.of(map.get("event")),
				map.get("lead").asBoolean(false), Rows.text(map.get("documentHash")));
	}
}
