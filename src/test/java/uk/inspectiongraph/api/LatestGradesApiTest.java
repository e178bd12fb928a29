package uk.inspectiongraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code latestGrades} through {@code /graphql} on the seed-graph fixture, with the true answers. */
class LatestGradesApiTest extends ApiTest {

	@Test
	void eachGradedAuthorityHasItsLatestInspectionWithEveryAreasGrade() {
		JsonNode rows = latestGrades(Map.of());

		assertThat(rows.valueStream().map(LatestGradesApiTest::summary)).containsExactly(
				"Warwickshire County Council|E10000031|INSPECTION|2021-11|ILACS_STANDARD|2021-11|GOOD|"
						+ "OVERALL_EFFECTIVENESS=GOOD,IMPACT_OF_LEADERS=GOOD,HELP_AND_PROTECTION=GOOD,"
						+ "CHILDREN_IN_CARE_AND_CARE_LEAVERS=GOOD|null|null",
				"Worcestershire County Council|E10000034|INSPECTION|2016-10|SIF_INSPECTION|2016-10|INADEQUATE|"
						+ "OVERALL_EFFECTIVENESS=INADEQUATE|null|null");
		assertThat(rows.at("/0/judgements/0/document/hash").asString()).isEqualTo("h-warks-2022");
		assertThat(rows.at("/1/authority/region").asString()).isEqualTo("West Midlands");
		assertThat(rows.at("/1/event/endDate").asString()).isEqualTo("2016-11");
	}

	@Test
	void theScopeKeepsAuthoritiesByNameRegionTypeAndTheKindsOfInspectionCounted() {
		assertThat(names(latestGrades(Map.of("authorities", List.of("Warwickshire"))))).containsExactly("Warwickshire County Council");
		assertThat(names(latestGrades(Map.of("authorityTypes", List.of("County"))))).hasSize(2);
		assertThat(latestGrades(Map.of("regions", List.of("North West")))).isEmpty();
		assertThat(names(latestGrades(Map.of("eventKinds", List.of("SIF_INSPECTION")))))
			.containsExactly("Worcestershire County Council");
		assertThat(latestGrades(Map.of("eventKinds", List.of("FOCUSED_VISIT")))).isEmpty();
	}

	@Test
	void aLaterInspectionWithOfstedsOwnReportTakesOverAndDatesItsPublication() {
		try {
			addAWorcestershireInspectionReportedByOfsted();
			JsonNode worcestershire = latestGrades(Map.of("authorities", List.of("Worcestershire"))).get(0);

			assertThat(summary(worcestershire)).isEqualTo("Worcestershire County Council|E10000034|INSPECTION|2019-03|"
					+ "ILACS_STANDARD|2019-03-04|REQUIRES_IMPROVEMENT|OVERALL_EFFECTIVENESS=REQUIRES_IMPROVEMENT,"
					+ "HELP_AND_PROTECTION=GOOD|2019-05-10|56");
			assertThat(worcestershire.at("/judgements/0/document/hash").asString()).isEqualTo("test-only:ofsted-report");
		}
		finally {
			neo4j.query("""
					MATCH (n) WHERE n.id STARTS WITH 'test-only:' OR n.key = 'E10000034|INSPECTION|2019-03'
					  OR n.hash = 'test-only:ofsted-report'
					DETACH DELETE n""").run();
		}
	}

	private JsonNode latestGrades(Map<String, Object> where) {
		return graphql.post("judgements", "LatestGrades", Map.of("where", where)).at("/data/latestGrades");
	}

	/** One row as "name|event key|kind|start|overall|area=grade,...|published|days". */
	private static String summary(JsonNode row) {
		String judgements = String.join(",", row.get("judgements").valueStream()
			.map(j -> j.get("area").asString() + "=" + j.get("grade").asString()).toList());
		return String.join("|", row.at("/authority/name").asString(), row.at("/event/key").asString(),
				row.at("/event/kind").asString(), row.at("/event/startDate").asString(), row.get("overall").asString(),
				judgements, text(row.get("publishedDate")), text(row.get("daysToPublication")));
	}

	private static String text(JsonNode value) {
		return value.isNull() ? "null" : value.asString();
	}

	private static List<String> names(JsonNode rows) {
		return rows.valueStream().map(row -> row.at("/authority/name").asString()).toList();
	}

	/**
	 * A 2019 standard inspection of Worcestershire, 4 to 15 March, published by Ofsted on 10 May
	 * (56 days later); a council paper states one of its grades differently and must lose.
	 */
	private void addAWorcestershireInspectionReportedByOfsted() {
		neo4j.query("""
				MATCH (a:Authority {code: 'E10000034'}), (council:Document {hash: 'h-worcs-2018'})
				CREATE (e:Event {key: 'E10000034|INSPECTION|2019-03', kind: 'ILACS_STANDARD', startDate: date('2019-03-04'),
				  startPrecision: 'DAY', endDate: date('2019-03-15'), endPrecision: 'DAY', year: 2019})-[:AT]->(a)
				CREATE (d:Document {hash: 'test-only:ofsted-report', kind: 'INSPECTION_REPORT', date: date('2019-05-10'),
				  datePrecision: 'DAY'})-[:ABOUT]->(a)
				CREATE (d)-[:REPORTS {kind: 'ILACS_STANDARD', authoritative: true}]->(e)
				CREATE (council)-[:REPORTS {kind: 'ILACS_STANDARD', authoritative: false}]->(e)
				CREATE (:Judgement {id: 'test-only:j1', area: 'OVERALL_EFFECTIVENESS', grade: 'REQUIRES_IMPROVEMENT', score: 3})
				  -[:OF_EVENT]->(e)
				CREATE (:Judgement {id: 'test-only:j2', area: 'HELP_AND_PROTECTION', grade: 'GOOD', score: 2})-[:OF_EVENT]->(e)
				CREATE (:Judgement {id: 'test-only:j3', area: 'OVERALL_EFFECTIVENESS', grade: 'INADEQUATE', score: 4})
				  -[:OF_EVENT]->(e)
				WITH d, council
				MATCH (j:Judgement) WHERE j.id IN ['test-only:j1', 'test-only:j2']
				CREATE (j)-[:STATED_IN]->(d)
				WITH DISTINCT council
				MATCH (j:Judgement {id: 'test-only:j3'})
				CREATE (j)-[:STATED_IN]->(council)""").run();
	}
}
