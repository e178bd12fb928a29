package uk.inspectiongraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectiongraph.api.AnalyticsApiTest.find;
import static uk.inspectiongraph.api.AnalyticsApiTest.names;
import static uk.inspectiongraph.api.AnalyticsApiTest.statusOf;

/**
 * The analyst questions asked with {@code findingKinds} on the seed-graph fixture, with the true
 * answers: only the areas for improvement against every finding, and every kind named against
 * none (the same answer).
 */
class FindingKindsApiTest extends ApiTest {

	private static final List<String> AREAS_FOR_IMPROVEMENT = List.of("AREA_FOR_IMPROVEMENT");

	private static final List<String> EVERY_KIND = List.of("AREA_FOR_IMPROVEMENT", "PRIORITY_ACTION", "RECOMMENDATION",
			"OVERVIEW", "FINDING", "STRENGTH", "WEAKNESS");

	private static final String PEOPLE = "graphql-documents/finding-kinds.graphql";

	@Test
	void caseloadsRecurInAreasForImprovementAtTwoAuthoritiesAgainstFourInEveryFinding() {
		JsonNode all = graphql.post("recurring-themes", "RecurringThemes", Map.of()).at("/data/recurringThemes");
		JsonNode required = graphql.post("recurring-themes", "RecurringThemes",
				Map.of("findingKinds", AREAS_FOR_IMPROVEMENT)).at("/data/recurringThemes");

		assertThat(find(all, "caseloads").get("authorityCount").asInt()).isEqualTo(4);
		assertThat(names(required, "theme")).containsExactly("caseloads", "audit", "planning", "supervision");
		JsonNode caseloads = required.get(0);
		assertThat(names(caseloads.get("authorities"), "name")).containsExactly("Staffordshire County Council",
				"Warwickshire County Council");
		assertThat(caseloads.get("years").toString()).isEqualTo("[2018]");
		assertThat(caseloads.get("eventCount").asInt()).isEqualTo(2);
		assertThat(caseloads.get("findingCount").asInt()).isEqualTo(3);
		assertThat(caseloads.get("firstSeen").asString()).isEqualTo("2018-06-26");
		assertThat(caseloads.get("lastSeen").asString()).isEqualTo("2018-07-17");
		assertThat(caseloads.get("evidence").valueStream().map(e -> e.get("findingId").asString()).toList())
			.containsExactly("h-staffs-2018:f3", "h-staffs-2018:f5", "h-warks-2018:f2");
		assertThat(find(required, "planning").get("years").toString()).isEqualTo("[2018,2021]");
	}

	@Test
	void whatOfstedSaidMustImproveIsTheExampleQuery() {
		JsonNode rows = graphql.post("recurring-themes", "RecurringRequirements", Map.of()).at("/data/recurringThemes");

		assertThat(names(rows, "theme")).containsExactly("caseloads", "audit", "planning", "supervision");
		assertThat(rows.get(0).get("findingCount").asInt()).isEqualTo(3);
	}

	@Test
	void everyKindNamedGivesTheAnswerOfNone() {
		for (String[] question : new String[][] { { "recurring-themes", "RecurringThemes", "recurringThemes" },
				{ "persistence", "ThemePersistence", "themePersistence" },
				{ "persistence", "PersistenceByAuthority", "persistenceByAuthority" },
				{ "trends", "ThemeMatrix", "themeMatrix" } }) {
			JsonNode none = graphql.post(question[0], question[1], Map.of()).at("/data/" + question[2]);
			JsonNode every = graphql.post(question[0], question[1], Map.of("findingKinds", EVERY_KIND))
				.at("/data/" + question[2]);

			if (question[2].equals("recurringThemes")) {
				assertThat(withoutEvidence(every)).as(question[1]).isEqualTo(withoutEvidence(none));
			}
			else {
				assertThat(every).as(question[1]).isEqualTo(none);
			}
		}
		for (String within : List.of("FINDING", "EVENT")) {
			Map<String, Object> anchor = Map.of("theme", "caseloads", "within", within);
			assertThat(graphql.post("co-occurrence", "CoOccurringThemes", with(anchor, EVERY_KIND)))
				.isEqualTo(graphql.post("co-occurrence", "CoOccurringThemes", anchor));
		}
	}

	@Test
	void atWarwickshireThresholdsPersistInAreasForImprovementAndAuditStopped() {
		JsonNode rows = graphql.post("persistence", "ThemePersistence",
				Map.of("authority", "Warwickshire", "findingKinds", AREAS_FOR_IMPROVEMENT)).at("/data/themePersistence");

		assertThat(names(rows, "theme")).containsExactly("thresholds", "audit", "caseloads", "connected-carers",
				"disabled-children", "front-door", "management-oversight", "planning", "supervision");
		assertThat(statusOf(rows, "thresholds")).isEqualTo("PERSISTED");
		assertThat(statusOf(rows, "audit")).isEqualTo("STOPPED");
		assertThat(statusOf(rows, "caseloads")).isEqualTo("STOPPED");
		assertThat(statusOf(rows, "front-door")).isEqualTo("NEW");
		JsonNode grouped = graphql.post("persistence", "PersistenceByAuthority", Map.of("findingKinds", AREAS_FOR_IMPROVEMENT))
			.at("/data/persistenceByAuthority");
		assertThat(names(grouped, "authority")).containsExactly("Staffordshire County Council", "Warwickshire County Council");
		assertThat(names(grouped.at("/0/themes"), "theme")).containsExactly("audit", "caseloads", "planning", "supervision");
	}

	@Test
	void caseloadsTrendAndMatrixCountOnlyTheKindsAsked() {
		JsonNode points = graphql.post("trends", "ThemeTrend", Map.of("theme", "caseloads", "findingKinds",
				AREAS_FOR_IMPROVEMENT)).at("/data/themeTrend");
		JsonNode weaknesses = graphql.post("trends", "ThemeTrend", Map.of("theme", "caseloads", "findingKinds",
				List.of("WEAKNESS"))).at("/data/themeTrend");

		assertThat(names(points, "key")).containsExactly("2016", "2017", "2018", "2021");
		assertThat(counts(points, "eventCount")).containsExactly(0, 0, 2, 0);
		assertThat(counts(points, "findingCount")).containsExactly(0, 0, 3, 0);
		assertThat(counts(points, "totalEvents")).containsExactly(1, 2, 3, 2);
		assertThat(counts(weaknesses, "eventCount")).containsExactly(0, 0, 1, 0);
		JsonNode matrix = graphql.post("trends", "ThemeMatrix", Map.of("by", "AUTHORITY", "findingKinds",
				AREAS_FOR_IMPROVEMENT, "where", Map.of("themes", List.of("caseloads", "thresholds")))).at("/data/themeMatrix");
		assertThat(matrix.at("/rows/0/theme/slug").asString()).isEqualTo("caseloads");
		assertThat(matrix.at("/rows/0/eventCounts").toString()).isEqualTo("[1,0,1,0]");
		assertThat(matrix.at("/rows/0/findingCounts").toString()).isEqualTo("[2,0,1,0]");
		assertThat(matrix.at("/rows/1/theme/slug").asString()).isEqualTo("thresholds");
		assertThat(matrix.at("/rows/1/eventCounts").toString()).isEqualTo("[0,0,2,0]");
	}

	@Test
	void coOccurrenceWithCaseloadsInAreasForImprovement() {
		JsonNode inFindings = graphql.post("co-occurrence", "CoOccurringThemes",
				Map.of("theme", "caseloads", "findingKinds", AREAS_FOR_IMPROVEMENT)).at("/data/coOccurringThemes");
		JsonNode inEvents = graphql.post("co-occurrence", "CoOccurringThemes",
				Map.of("theme", "caseloads", "within", "EVENT", "findingKinds", AREAS_FOR_IMPROVEMENT))
			.at("/data/coOccurringThemes");

		assertThat(inFindings.toString()).isEqualTo("[{\"theme\":{\"slug\":\"planning\",\"name\":\"Planning\"},\"count\":1,"
				+ "\"themeCount\":2,\"anchorCount\":3,\"unitCount\":12,\"lift\":2.0}]");
		assertThat(names(inEvents, "theme")).containsExactly("audit", "supervision", "planning", "thresholds");
		assertThat(counts(inEvents, "count")).containsExactly(2, 2, 1, 1);
		assertThat(inEvents.at("/0/unitCount").asInt()).isEqualTo(3);
		assertThat(inEvents.at("/0/lift").asDouble()).isEqualTo(1.5);
	}

	@Test
	void inspectorsThemesCountTheKindsAskedOnTheSameVisits() {
		JsonNode all = graphql.postTestDocument(PEOPLE, "InspectorsThemesOfKinds", Map.of()).at("/data/inspectors");
		JsonNode required = graphql.postTestDocument(PEOPLE, "InspectorsThemesOfKinds",
				Map.of("findingKinds", AREAS_FOR_IMPROVEMENT)).at("/data/inspectors");

		assertThat(required.valueStream().map(i -> i.at("/person/name").asString()).toList())
			.isEqualTo(all.valueStream().map(i -> i.at("/person/name").asString()).toList());
		assertThat(themes(required, "Alison Smale")).isEqualTo("caseloads 2, audit 1, planning 1, supervision 1");
		assertThat(themes(all, "Alison Smale"))
			.isEqualTo("caseloads 3, audit 1, exploitation 1, planning 1, supervision 1");
		assertThat(themes(required, "Lisa Walsh")).isEmpty();
		JsonNode person = graphql.postTestDocument(PEOPLE, "PersonThemesOfKinds",
				Map.of("name", "Alison Smale", "findingKinds", AREAS_FOR_IMPROVEMENT)).at("/data/person/themesRaised");
		assertThat(person).isEqualTo(inspector(required, "Alison Smale").at("/person/themesRaised"));
	}

	private static Map<String, Object> with(Map<String, Object> variables, List<String> kinds) {
		Map<String, Object> more = new java.util.HashMap<>(variables);
		more.put("findingKinds", kinds);
		return more;
	}

	private static JsonNode withoutEvidence(JsonNode rows) {
		JsonNode copy = rows.deepCopy();
		copy.valueStream().forEach(row -> ((tools.jackson.databind.node.ObjectNode) row).remove("evidence"));
		return copy;
	}

	private static List<Integer> counts(JsonNode rows, String field) {
		return rows.valueStream().map(row -> row.get(field).asInt()).toList();
	}

	private static JsonNode inspector(JsonNode inspectors, String name) {
		return inspectors.valueStream().filter(i -> i.at("/person/name").asString().equals(name)).findFirst().orElseThrow();
	}

	/** An inspector's themes as "slug findings" in order. */
	private static String themes(JsonNode inspectors, String name) {
		return inspector(inspectors, name).at("/person/themesRaised").valueStream()
			.map(t -> t.at("/theme/slug").asString() + " " + t.get("findingCount").asInt())
			.collect(java.util.stream.Collectors.joining(", "));
	}
}
