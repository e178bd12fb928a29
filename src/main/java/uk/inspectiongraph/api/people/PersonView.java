package uk.inspectiongraph.api.people;

import org.neo4j.driver.Value;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.cypher.Rows;

/**
 * A person as the API shows it. A person listed by a filtered {@code inspectors} carries the
 * filter as {@code visits}, so that their {@code themesRaised} counts those visits only; anywhere
 * else (and below them in the same answer) a person has no such scope and every visit counts.
 *
 * @param key the identity key (normalised name)
 * @param name the name
 * @param inspector whether they inspected any event
 * @param visits the visits that count for {@code themesRaised}, or null for every visit
 */
public record PersonView(String key, String name, boolean inspector, Scope visits) {

	/** A person whose every visit counts. */
	public PersonView(String key, String name, boolean inspector) {
		this(key, name, inspector, null);
	}

	/** The same person with only the visits in this scope counting (all of them when it keeps everything). */
	PersonView onVisits(Scope scope) {
		return new PersonView(key, name, inspector, scope == null || scope.keepsEverything() ? null : scope);
	}

	/** The Cypher map projection of a person {@code p}, for {@link #of}. */
	public static final String PROJECTION = "p {.key, .name, inspector: p:Inspector}";

	/** The person held in a map value made by {@link #PROJECTION}. */
	public static PersonView of(Value map) {
		return new PersonView(Rows.text(map.get("key")), Rows.text(map.get("name")), map.get("inspector").asBoolean(false));
	}
}
