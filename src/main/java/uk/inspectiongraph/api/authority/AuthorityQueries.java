package uk.inspectiongraph.api.authority;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.inspection.InspectionQueries;
import uk.inspectiongraph.api.inspection.InspectionView;
import uk.inspectiongraph.api.inspection.JudgementView;

/**
 * The Cypher that finds authorities: by name or code, by region and type, and the batched
 * statements the {@link BatchReader} runs for the authority of events, findings, documents and
 * roles, and the authorities an inspector visited.
 */
@Component
public class AuthorityQueries {

	static final String AUTHORITY_BY_NAME_OR_CODE = """
			MATCH (a:Authority)
			WHERE %s
			RETURN a ORDER BY a.code IN $authorityCodes DESC, a.name LIMIT 1""".formatted(Scope.AUTHORITY_MATCH);

	/**
	 * The same authority with the tree of its profile in one statement: its events in date order,
	 * each with its judgements and its inspectors (lead first), as the batched statements of those
	 * fields would read them, so that a profile costs one statement rather than one per level.
	 */
	static final String AUTHORITY_WITH_EVENTS = """
			MATCH (a:Authority)
			WHERE %s
			WITH a ORDER BY a.code IN $authorityCodes DESC, a.name LIMIT 1
			RETURN a, COLLECT {
			  MATCH (a)<-[:AT]-(e:Event)
			  WITH e ORDER BY e.startDate, e.key
			  RETURN {event: %s,
			    judgements: COLLECT {
			      MATCH (e)<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document)
			      WITH e, j, d ORDER BY j.area, d.hash
			      RETURN %s },
			    inspectors: COLLECT {
			      MATCH (e)<-[i:INSPECTED]-(p:Person)
			      WITH e, i, p ORDER BY i.lead DESC, p.name
			      RETURN %s }}
			} AS events""".formatted(Scope.AUTHORITY_MATCH, EventView.PROJECTION, JudgementView.PROJECTION,
			InspectionView.PROJECTION);

	static final String AUTHORITIES = """
			MATCH (a:Authority)
			WHERE ($regions IS NULL OR toLower(a.region) IN $regions)
			  AND ($authorityTypes IS NULL OR toLower(a.type) IN $authorityTypes)
			RETURN a ORDER BY a.name""";

	public static final String AUTHORITY_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (:Event {key: key})-[:AT]->(a:Authority)
			RETURN key, a AS value""";

	static final String AUTHORITY_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (:Document {hash: key})-[:ABOUT]->(a:Authority)
			RETURN key, a AS value""";

	static final String AUTHORITY_OF_ROLES = """
			UNWIND $keys AS key
			MATCH (:Role {id: key})-[:AT]->(a:Authority)
			RETURN key, a AS value""";

	/**
	 * The authority of finding {@code f}: its event's, or else its document's. Statements that read
	 * findings return it beside them, so that their {@code authority} needs no statement of its own.
	 */
	public static final String FINDING_AUTHORITY = "coalesce(head([(f)-[:ABOUT]->(:Event)-[:AT]->(ea:Authority) | ea]), "
			+ "head([(f)-[:STATED_IN]->(:Document)-[:ABOUT]->(da:Authority) | da]))";

	public static final String AUTHORITY_OF_FINDINGS = """
			UNWIND $keys AS key
			MATCH (f:Finding {id: key})
			OPTIONAL MATCH (f)-[:ABOUT]->(:Event)-[:AT]->(ea:Authority)
			OPTIONAL MATCH (f)-[:STATED_IN]->(:Document)-[:ABOUT]->(da:Authority)
			WITH key, coalesce(ea, da) AS a WHERE a IS NOT NULL
			RETURN key, a AS value""";

	static final String AUTHORITIES_VISITED_BY = """
			UNWIND $keys AS key
			MATCH (:Person {key: key})-[:INSPECTED]->(:Event)-[:AT]->(a:Authority)
			WITH DISTINCT key, a ORDER BY a.name
			RETURN key, a AS value""";

	private final CypherReader cypher;

	AuthorityQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	Optional<AuthorityView> byNameOrCode(String name, String code) {
		return cypher.one(AUTHORITY_BY_NAME_OR_CODE, nameOrCode(name, code), row -> AuthorityView.of(row.get("a")));
	}

	/** The authority, its events, their judgements and inspectors read at once and kept for their fields. */
	Optional<AuthorityView> withEvents(String name, String code) {
		return cypher.one(AUTHORITY_WITH_EVENTS, nameOrCode(name, code), AuthorityQueries::primedProfile);
	}

	private static AuthorityView primedProfile(Record row) {
		AuthorityView authority = AuthorityView.of(row.get("a"));
		List<EventView> events = row.get("events").asList(tree -> {
			EventView event = EventView.of(tree.get("event"));
			BatchReader.prime(InspectionQueries.JUDGEMENTS_OF_EVENTS, event.key(),
					tree.get("judgements").asList(JudgementView::of));
			BatchReader.prime(InspectionQueries.INSPECTORS_OF_EVENTS, event.key(),
					tree.get("inspectors").asList(InspectionView::of));
			return event;
		});
		BatchReader.prime(InspectionQueries.EVENTS_OF_AUTHORITIES, authority.code(), events);
		return authority;
	}

	private static Map<String, Object> nameOrCode(String name, String code) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("authorityCodes", code == null ? List.of() : List.of(code.strip().toUpperCase(Locale.ROOT)));
		parameters.put("authorityNames", name == null ? List.of() : List.of(name.strip().toLowerCase(Locale.ROOT)));
		return parameters;
	}

	List<AuthorityView> list(List<String> regions, List<String> types) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("regions", lower(regions));
		parameters.put("authorityTypes", lower(types));
		return cypher.list(AUTHORITIES, parameters, row -> AuthorityView.of(row.get("a")));
	}

	private static List<String> lower(List<String> values) {
		return values == null || values.isEmpty() ? null
				: values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
	}
}
