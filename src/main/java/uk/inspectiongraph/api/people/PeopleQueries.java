package uk.inspectiongraph.api.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.authority.AuthorityQueries;
import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.inspection.InspectionQueries;
import uk.inspectiongraph.api.inspection.InspectionView;
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

	/**
	 * The same person with every inspection they took part in, in date order, each with its event
	 * and the event's authority, as the batched statements of those fields would read them: an
	 * inspector's visits in one statement rather than one per level.
	 */
	static final String PERSON_WITH_INSPECTIONS = """
			MATCH (p:Person {key: $key})
			RETURN %s AS person, COLLECT {
			  MATCH (p)-[i:INSPECTED]->(e:Event)
			  WITH p, i, e ORDER BY e.startDate
			  RETURN {inspection: %s, authority: head([(e)-[:AT]->(a:Authority) | a])}
			} AS inspections""".formatted(PersonView.PROJECTION, InspectionView.PROJECTION);

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
			ORDER BY eventCount DESC, p.name
			LIMIT $limit
			RETURN %s AS person, [a IN authorities | %s] AS authorities, eventCount, ledCount
			ORDER BY eventCount DESC, p.name""".formatted(Scope.EVENT_PREDICATE, PersonView.PROJECTION,
			AuthorityView.PROJECTION);

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

	/** The person, their inspections and those events' authorities read at once and kept for their fields. */
	Optional<PersonView> withInspections(String key) {
		return cypher.one(PERSON_WITH_INSPECTIONS, Map.of("key", key), PeopleQueries::primedVisits);
	}

	private static PersonView primedVisits(Record row) {
		PersonView person = PersonView.of(row.get("person"));
		List<InspectionView> inspections = row.get("inspections").asList(visit -> {
			InspectionView inspection = InspectionView.of(visit.get("inspection"));
			Value authority = visit.get("authority");
			BatchReader.prime(AuthorityQueries.AUTHORITY_OF_EVENTS, inspection.event().key(),
					authority.isNull() ? null : AuthorityView.of(authority));
			return inspection;
		});
		BatchReader.prime(InspectionQueries.INSPECTIONS_OF_PEOPLE, person.key(), inspections);
		return person;
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
