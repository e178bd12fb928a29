package uk.inspectiongraph.api.joint;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.cypher.Rows;

/**
 * The subject a joint targeted area inspection looked at in depth, from the controlled list.
 *
 * @param slug the stable identifier (e.g. DOMESTIC_ABUSE)
 * @param name the name for people
 */
public record DeepDiveView(String slug, String name) {

	/** The Cypher map projection of a deep dive {@code n}. */
	static final String PROJECTION = "n {.slug, .name}";

	static DeepDiveView of(Value map) {
		return new DeepDiveView(Rows.text(map.get("slug")), Rows.text(map.get("name")));
	}
}
