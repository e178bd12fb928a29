package uk.inspectiongraph.api.authority;

import uk.inspectiongraph.reading.gazetteer.Authority;

import java.util.List;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * An authority as the API shows it: the properties of an {@code Authority} node.
 *
 * @param code the ONS code
 * @param name the name
 * @param type the kind of council
 * @param region the English region
 * @param urn Ofsted's reference number
 * @param aliases other names documents use
 */
public record AuthorityView(String code, String name, String type, String region, String urn, List<String> aliases) {

	/**
	 * The properties this view reads, as a map projection of authority {@code a}: a statement that
	 * returns it carries those six values, not the whole node.
	 */
	public static final String PROJECTION = "a {.code, .name, .type, .region, .urn, .aliases}";

	/** The authority held in a node value, or a map made by {@link #PROJECTION}. */
	public static AuthorityView of(Value node) {
		return new AuthorityView(Rows.text(node.get("code")), Rows.text(node.get("name")), Rows.text(node.get("type")),
				Rows.text(node.get("region")), urn(node.get("urn")), Rows.texts(node.get("aliases")));
	}

	private static String urn(Value value) {
		return value.isNull() ? null : String.valueOf(value.asObject());
	}
}
