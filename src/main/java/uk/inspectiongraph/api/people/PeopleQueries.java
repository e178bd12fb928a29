package uk.inspectiongraph.api.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * The Cypher behind people: finding a person by name, searching names, the inspectors active in
 * a scope, and the batched statements the {@link BatchReader} runs for the roles of people,
 * authorities and documents and the person of a role. The map projections of people and roles
 * stay on their views ({@link PersonView#PROJECTION}, {@link RoleView#PROJECTION}), beside the code
 * that reads them.
 */
@Component
class PeopleQueries {

	static final String PERSON_BY_KEY = """
			MATCH (p:Person {key: $key})
			RETURN %s AS person""".formatted(PersonView.PROJECTION);

	static final String PEOPLE_NAMED_LIKE = """
			MATCH (p:Person)
			WHERE p.key CONTAINS $text AND (NOT $inspectorsOnly OR p:Inspector)
			RETURN %s AS person ORDER BY p.name LIMIT $first""".formatted(PersonView.PROJECTION);

	/** Which inspectors visited the authorities in scope, with their visits and the authorities; the busiest first. */
	static final String INSPECTORS = """
			MATCH (a:Authority)<-[:AT]-(e:Event)<-[i:INSPECTED]-(p:Person)
			WHERE %s
			WITH p, a, e, i ORDER BY a.name
			WITH p, collect(DISTINCT a) AS authorities, count(DISTINCT e) AS eventCount,
			     count(DISTINCT CASE WHEN i.lead THEN e END) AS ledCount
			RETURN %s AS person, authorities, eventCount, ledCount
			ORDER BY eventCount DESC, p.name
			LIMIT $limit""".formatted(Scope.EVENT_PREDICATE, PersonView.PROJECTION);

	static final String ROLES_OF_PEOPLE = """
			UNWIND $keys AS key
			MATCH (p:Person {key: key})-[:HELD]->(r:Role)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY r.asOf, r.id""".formatted(RoleView.PROJECTION);

	static final String ROLES_AT_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:AT]-(r:Role)<-[:HELD]-(p:Person), (r)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY r.asOf, p.name""".formatted(RoleView.PROJECTION);

	static final String ROLES_IN_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (d:Document {hash: key})<-[:STATED_IN]-(r:Role)<-[:HELD]-(p:Person)
			RETURN key, %s AS value ORDER BY r.spanStart, r.id""".formatted(RoleView.PROJECTION);

	static final String PEOPLE_BY_KEY = """
			UNWIND $keys AS key
			MATCH (p:Person {key: key})
			RETURN key, %s AS value""".formatted(PersonView.PROJECTION);

	private final CypherReader cypher;

	PeopleQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	Optional<PersonView> byKey(String key) {
		return cypher.one(PERSON_BY_KEY, Map.of("key", key), row -> PersonView.of(row.get("person")));
	}

	List<PersonView> search(String text, boolean inspectorsOnly, int first) {
		return cypher.list(PEOPLE_NAMED_LIKE, Map.of("text", text, "inspectorsOnly", inspectorsOnly, "first", first),
				row -> PersonView.of(row.get("person")));
	}

	/** The inspectors of the events in scope, most visits first, the first {@code limit} of them (all when null). */
	List<InspectorActivity> inspectors(Scope scope, Integer limit) {
		return cypher.list(INSPECTORS, scope.parameters(Map.of("limit", limit == null ? Integer.MAX_VALUE : limit)),
				row -> activity(row, scope));
	}

	/** An inspector's row; the person carries the scope, so that their themes are those of these visits. */
	private static InspectorActivity activity(Record row, Scope scope) {
		return new InspectorActivity(PersonView.of(row.get("person")).onVisits(scope), row.get("eventCount").asInt(),
				row.get("ledCount").asInt(), row.get("authorities").asList(AuthorityView::of));
	}
}
