package uk.inspectiongraph.finding;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.analytics.Scope;
import uk.inspectiongraph.system.Batches.Keyed;
import uk.inspectiongraph.system.CypherReader;

/**
 * The Cypher behind findings: a filtered page in a stable order (newest event first), its total,
 * and (batched) the findings of events and documents.
 */
@Component
class FindingQueries {

	private static final String FILTERED = """
			MATCH (f:Finding)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			OPTIONAL MATCH (e)-[:AT]->(ea:Authority)
			OPTIONAL MATCH (d)-[:ABOUT]->(da:Authority)
			WITH f, d, e, coalesce(ea, da) AS a
			WHERE ($kinds IS NULL OR f.kind IN $kinds)
			  AND ($from IS NULL AND $to IS NULL AND $eventKinds IS NULL AND $authorityCodes IS NULL
			       AND $regions IS NULL AND $authorityTypes IS NULL OR %s)
			  AND ($polarity IS NULL AND $themes IS NULL
			       OR EXISTS { MATCH (f)-[tg:TAGGED]->(t:Theme) WHERE %s })
			""".formatted(Scope.EVENT_PREDICATE, Scope.TAG_PREDICATE);

	/** Findings filtered by the analyst scope and kinds, newest event first: one page. */
	static final String FINDINGS_PAGE = FILTERED + """
			RETURN %s AS value
			ORDER BY coalesce(e.startDate, d.date) DESC, f.id
			SKIP $offset LIMIT $limit""".formatted(FindingView.PROJECTION);

	/** How many findings the same filter selects. */
	static final String FINDINGS_COUNT = FILTERED + "RETURN count(f) AS total";

	static final String FINDINGS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[:ABOUT]-(f:Finding)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY d.date, d.hash, f.order""".formatted(FindingView.PROJECTION);

	static final String FINDINGS_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (d:Document {hash: key})<-[:STATED_IN]-(f:Finding)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN key, %s AS value ORDER BY f.order""".formatted(FindingView.PROJECTION);

	private final CypherReader cypher;

	FindingQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	List<FindingView> page(FindingPage.Filter filter, int offset, int limit) {
		Map<String, Object> parameters = parameters(filter);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		return cypher.list(FINDINGS_PAGE, parameters, row -> FindingView.of(row.get("value")));
	}

	int count(FindingPage.Filter filter) {
		return cypher.one(FINDINGS_COUNT, parameters(filter),
				row -> row.get("total").asInt()).orElse(0);
	}

	List<Keyed<String, FindingView>> batch(String statement, List<String> keys) {
		return cypher.list(statement, Map.of("keys", keys), row -> new Keyed<>(row.get("key").asString(),
				FindingView.of(row.get("value"))));
	}

	private static Map<String, Object> parameters(FindingPage.Filter filter) {
		Map<String, Object> parameters = filter.scope().parameters();
		parameters.put("kinds", filter.kinds() == null || filter.kinds().isEmpty() ? null : filter.kinds());
		return parameters;
	}
}
