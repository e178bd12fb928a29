package uk.inspectiongraph.people;

import org.neo4j.driver.Value;

import uk.inspectiongraph.system.Rows;

/**
 * A person as the API shows it.
 *
 * @param key the identity key (normalised name)
 * @param name the name
 * @param inspector whether they inspected any event
 */
public record PersonView(String key, String name, boolean inspector) {

	/** The Cypher map projection of a person {@code p}, for {@link #of}. */
	public static final String PROJECTION = "p {.key, .name, inspector: p:Inspector}";

	/** The person held in a map value made by {@link #PROJECTION}. */
	public static PersonView of(Value map) {
		return new PersonView(Rows.text(map.get("key")), Rows.text(map.get("name")), map.get("inspector").asBoolean(false));
	}
}
