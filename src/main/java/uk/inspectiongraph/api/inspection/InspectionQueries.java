package uk.inspectiongraph.api.inspection;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * The Cypher behind events, judgements, inspections and reports: the latest events, and the
 * batched statements the {@link BatchReader} runs for the fields of other types, each taking the
 * parents' keys as {@code $keys} and returning one row per key and child ({@code value}), children
 * in order. The map projections of judgements and inspections stay on their views
 * ({@link JudgementView#PROJECTION}, {@link InspectionView#PROJECTION}), beside the code that
 * reads them.
 */
@Component
public class InspectionQueries {

	public static final String EVENTS_OF_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:AT]-(e:Event)
			RETURN key, %s AS value ORDER BY e.startDate, e.key""".formatted(EventView.PROJECTION);

	static final String EVENTS_BY_KEY = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			RETURN key, %s AS value""".formatted(EventView.PROJECTION);

	static final String JUDGEMENTS_OF_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:AT]-(e:Event)<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY e.startDate, j.area""".formatted(JudgementView.PROJECTION);

	public static final String JUDGEMENTS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY j.area, d.hash""".formatted(JudgementView.PROJECTION);

	static final String JUDGEMENTS_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (e:Event)<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document {hash: key})
			RETURN key, %s AS value ORDER BY j.area""".formatted(JudgementView.PROJECTION);

	static final String OUTCOMES_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[:OF_EVENT]-(o:Outcome)-[:STATED_IN]->(d:Document)
			RETURN key, %s AS value ORDER BY d.date DESC, d.hash""".formatted(OutcomeView.PROJECTION);

	static final String PARTNERSHIPS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[:OF_EVENT]-(p:Partnership)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (p)-[:COUNCIL]->(a:Authority)
			OPTIONAL MATCH (p)-[:HEALTH_BODY]->(h:HealthBody)
			RETURN key, %s AS value ORDER BY d.date DESC, d.hash""".formatted(PartnershipView.PROJECTION);

	public static final String INSPECTORS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[i:INSPECTED]-(p:Person)
			RETURN key, %s AS value ORDER BY i.lead DESC, p.name""".formatted(InspectionView.PROJECTION);

	public static final String INSPECTIONS_OF_PEOPLE = """
			UNWIND $keys AS key
			MATCH (p:Person {key: key})-[i:INSPECTED]->(e:Event)
			RETURN key, %s AS value ORDER BY e.startDate""".formatted(InspectionView.PROJECTION);

	static final String INSPECTIONS_IN_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (p:Person)-[i:INSPECTED {documentHash: key}]->(e:Event)
			RETURN key, %s AS value ORDER BY i.lead DESC, p.name""".formatted(InspectionView.PROJECTION);

	/** Each document's reports: event {@code e} and relationship {@code r}, read by {@link EventReportView#of}. */
	static final String REPORTS_OF_DOCUMENTS = """
			UNWIND $keys AS key
			MATCH (:Document {hash: key})-[r:REPORTS]->(e:Event)
			RETURN key, e, r ORDER BY e.startDate""";

	/** The newest events by start date; the key breaks ties so the order is stable. */
	static final String LATEST_EVENTS = """
			MATCH (e:Event) WHERE e.startDate IS NOT NULL
			RETURN %s AS e ORDER BY e.startDate DESC, e.key
			LIMIT $limit""".formatted(EventView.PROJECTION);

	private final CypherReader cypher;

	InspectionQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	/** What were the latest inspection events: the newest {@code limit} by start date. */
	List<EventView> latest(int limit) {
		return cypher.list(LATEST_EVENTS, Map.of("limit", limit), row -> EventView.of(row.get("e")));
	}
}
