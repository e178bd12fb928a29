package uk.inspectiongraph.api.inspection;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.Batches.Keyed;
import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * The batched Cypher behind events, judgements, inspections and reports: each statement takes
 * the parents' keys as {@code $keys} and returns one row per (key, child), children in order.
 */
@Component
class InspectionQueries {

	static final String EVENTS_OF_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:AT]-(e:Event)
			RETURN key, e AS value ORDER BY e.startDate, e.key""";

	static final String EVENTS_BY_KEY = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			RETURN key, e AS value""";

	static final String JUDGEMENTS_OF_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:AT]-(e:Event)<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY e.startDate, j.area""".formatted(JudgementView.PROJECTION);

	static final String JUDGEMENTS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY j.area, d.hash""".formatted(JudgementView.PROJECTION);

	static final String JUDGEMENTS_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (e:Event)<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document {hash: key})
			RETURN key, %s AS value ORDER BY j.area""".formatted(JudgementView.PROJECTION);

	static final String INSPECTORS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[i:INSPECTED]-(p:Person)
			RETURN key, %s AS value ORDER BY i.lead DESC, p.name""".formatted(InspectionView.PROJECTION);

	static final String INSPECTIONS_OF_PEOPLE = """
			UNWIND $keys AS key
			MATCH (p:Person {key: key})-[i:INSPECTED]->(e:Event)
			RETURN key, %s AS value ORDER BY e.startDate""".formatted(InspectionView.PROJECTION);

	static final String INSPECTIONS_IN_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (p:Person)-[i:INSPECTED {documentHash: key}]->(e:Event)
			RETURN key, %s AS value ORDER BY i.lead DESC, p.name""".formatted(InspectionView.PROJECTION);

	static final String REPORTS_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (:Document {hash: key})-[r:REPORTS]->(e:Event)
			RETURN key, e, r ORDER BY e.startDate""";

	/** The newest events by start date; the key breaks ties so the order is stable. */
	static final String LATEST_EVENTS = """
			MATCH (e:Event) WHERE e.startDate IS NOT NULL
			RETURN e ORDER BY e.startDate DESC, e.key
			LIMIT $limit""";

	private final CypherReader cypher;

	InspectionQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	/** Runs a batch statement returning {@code key, value}, mapping each value. */
	<V> List<Keyed<String, V>> batch(String statement, List<String> keys, Function<org.neo4j.driver.Value, V> mapper) {
		return cypher.list(statement, Map.of("keys", keys), row -> new Keyed<>(row.get("key").asString(),
				mapper.apply(row.get("value"))));
	}

	/** What were the latest inspection events: the newest {@code limit} by start date. */
	List<EventView> latest(int limit) {
		return cypher.list(LATEST_EVENTS, Map.of("limit", limit), row -> EventView.of(row.get("e")));
	}

	List<Keyed<String, EventReportView>> reports(List<String> hashes) {
		return cypher.list(REPORTS_OF_DOCUMENTS, Map.of("keys", hashes), InspectionQueries::report);
	}

	private static Keyed<String, EventReportView> report(Record row) {
		return new Keyed<>(row.get("key").asString(), EventReportView.of(row.get("e"), row.get("r")));
	}
}
