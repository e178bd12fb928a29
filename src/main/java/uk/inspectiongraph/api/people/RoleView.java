package uk.inspectiongraph.api.people;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * A role a person was recorded in, as one document states it, with the keys of the person and
 * document so their fields can be fetched in batches.
 *
 * @param id the role's id
 * @param title the title
 * @param organisation the organisation, when named
 * @param relation how the person stands to the document
 * @param agency the kind of agency the person answers for, where a joint letter says it
 * @param asOf the date of the stating document
 * @param personKey the person's key
 * @param documentHash the stating document's hash
 */
public record RoleView(String id, String title, String organisation, String relation, String agency, String asOf,
		String personKey, String documentHash) {

	/** The Cypher map projection of a role {@code r} held by {@code p}, stated in {@code d}. */
	public static final String PROJECTION = "r {.id, .title, .organisation, .relation, .agency, .asOf, personKey: p.key, "
			+ "documentHash: d.hash}";

	/** The role held in a map value made by {@link #PROJECTION}. */
	public static RoleView of(Value map) {
		return new RoleView(Rows.text(map.get("id")), Rows.text(map.get("title")), Rows.text(map.get("organisation")),
				Rows.text(map.get("relation")), Rows.text(map.get("agency")), Rows.date(map.get("asOf")), Rows.text(map.get("personKey")),
				Rows.text(map.get("documentHash")));
	}
}
