package uk.inspectiongraph.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Questions 1 to 4 through {@code /graphql} on the seed-graph fixture, with the true answers. */
class AnalyticsApiTest extends ApiTest {

	@Test
	void caseloadsRecurAtFourAuthoritiesIn2018And2021() {
		JsonNode data = graphql.post("recurring-themes", "RecurringThemes", Map.of()).get("data");

		JsonNode first = data.get("recurringThemes").get(0);
		assertThat(first.at("/theme/slug").asString()).isEqualTo("caseloads");
		assertThat(first.get("authorityCount").asInt()).isEqualTo(4);
		assertThat(names(first.get("authorities"), "name")).containsExactly("Staffordshire County Council",
				"Warrington Borough Council", "Warwickshire County Council", "Worcestershire County Council");
		assertThat(first.get("years").toString()).isEqualTo("[2018,2021]");
		assertThat(first.get("eventCount").asInt()).isEqualTo(4);
		assertThat(first.get("findingCount").asInt()).isEqualTo(8);
		assertThat(first.get("firstSeen").asString()).isEqualTo("2018-01-01");
		assertThat(first.get("lastSeen").asString()).isEqualTo("2021-12-15");
		assertThat(first.get("evidence")).hasSize(3);
		assertThat(names(data.get("recurringThemes"), "theme")).doesNotContain("drift-and-delay", "voice-of-the-child");
	}

	@Test
	void recurrenceNarrowsToARegionAndAParentTheme() {
		JsonNode rows = graphql.post("recurring-themes", "RecurringThemesInRegion", Map.of()).at("/data/recurringThemes");

		assertThat(names(rows, "theme")).containsExactly("caseloads", "supervision");
		assertThat(rows.get(0).get("authorityCount").asInt()).isEqualTo(3);
		assertThat(rows.get(0).get("years").toString()).isEqualTo("[2018]");
	}

	@Test
	void thresholdsPersistAtWarwickshireWhileCaseloadsStopped() {
		JsonNode rows = graphql.post("persistence", "ThemePersistence", Map.of("authority", "Warwickshire"))
			.at("/data/themePersistence");

		assertThat(statusOf(rows, "thresholds")).isEqualTo("PERSISTED");
		assertThat(statusOf(rows, "management-oversight")).isEqualTo("PERSISTED");
		assertThat(statusOf(rows, "caseloads")).isEqualTo("STOPPED");
		assertThat(statusOf(rows, "planning")).isEqualTo("NEW");
		JsonNode thresholds = find(rows, "thresholds");
		assertThat(thresholds.get("firstYear").asInt()).isEqualTo(2018);
		assertThat(thresholds.get("lastYear").asInt()).isEqualTo(2021);
		assertThat(find(rows, "caseloads").at("/laterEvents/0/key").asString()).isEqualTo("E10000031|INSPECTION|2021-11");
	}

	@Test
	void persistenceFiltersByStatusAcrossAuthorities() {
		JsonNode rows = graphql.post("persistence", "ThemePersistence", Map.of("status", List.of("PERSISTED")))
			.at("/data/themePersistence");

		assertThat(names(rows, "theme")).containsExactlyInAnyOrder("thresholds", "management-oversight");
	}

	@Test
	void persistenceAcrossAuthoritiesIsCutAtTheLimitInItsOwnOrder() {
		JsonNode all = graphql.post("persistence", "ThemePersistence", Map.of()).at("/data/themePersistence");
		JsonNode page = graphql.post("persistence", "ThemePersistence", Map.of("limit", 3)).at("/data/themePersistence");

		assertThat(all.size()).isGreaterThan(3);
		assertThat(page).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(page.get(i)).isEqualTo(all.get(i));
		}
	}

	@Test
	void persistenceByAuthorityListsWarwickshiresEventsOnceAndNamesThemByKey() {
		JsonNode warwickshire = graphql.post("persistence", "PersistenceByAuthority", Map.of("authority", "Warwickshire"))
			.at("/data/persistenceByAuthority");

		assertThat(warwickshire).hasSize(1);
		JsonNode themes = warwickshire.at("/0/themes");
		assertThat(statusOf(themes, "thresholds")).isEqualTo("PERSISTED");
		assertThat(statusOf(themes, "caseloads")).isEqualTo("STOPPED");
		assertThat(find(themes, "caseloads").get("laterEvents").toString()).isEqualTo("[\"E10000031|INSPECTION|2021-11\"]");
		List<String> events = warwickshire.at("/0/events").valueStream().map(e -> e.get("key").asString()).toList();
		assertThat(events).doesNotHaveDuplicates().contains("E10000031|INSPECTION|2021-11");
		themes.valueStream().forEach(theme -> assertThat(events)
			.containsAll(theme.get("raisedAt").valueStream().map(JsonNode::asString).toList()));
	}

	@Test
	void persistenceByAuthorityHoldsTheSameAnswerAsThemePersistence() {
		JsonNode rows = graphql.post("persistence", "ThemePersistence", Map.of()).at("/data/themePersistence");
		JsonNode grouped = graphql.post("persistence", "PersistenceByAuthority", Map.of())
			.at("/data/persistenceByAuthority");

		List<String> regrouped = grouped.valueStream().flatMap(authority -> authority.get("themes").valueStream()
			.map(theme -> authority.at("/authority/name").asString() + " " + theme.at("/theme/slug").asString() + " "
					+ theme.get("status").asString() + " " + theme.get("firstYear") + "-" + theme.get("lastYear") + " "
					+ theme.get("raisedAt") + " " + theme.get("laterEvents")))
			.toList();
		List<String> flat = rows.valueStream().map(row -> row.at("/authority/name").asString() + " "
				+ row.at("/theme/slug").asString() + " " + row.get("status").asString() + " " + row.get("firstYear") + "-"
				+ row.get("lastYear") + " " + keys(row.get("raisedAt")) + " " + keys(row.get("laterEvents")))
			.toList();
		assertThat(regrouped).hasSizeGreaterThan(3).containsExactlyElementsOf(flat);
	}

	@Test
	void caseloadsTrendPerYearCountsEventsAndRates() {
		JsonNode points = graphql.post("trends", "ThemeTrend", Map.of("theme", "caseloads")).at("/data/themeTrend");

		assertThat(names(points, "key")).containsExactly("2016", "2017", "2018", "2021");
		JsonNode y2018 = points.get(2);
		assertThat(y2018.get("eventCount").asInt()).isEqualTo(3);
		assertThat(y2018.get("findingCount").asInt()).isEqualTo(7);
		assertThat(y2018.get("totalEvents").asInt()).isEqualTo(3);
		JsonNode y2021 = points.get(3);
		assertThat(y2021.get("eventCount").asInt()).isEqualTo(1);
		assertThat(y2021.get("rate").asDouble()).isEqualTo(0.5);
		assertThat(points.get(1).get("eventCount").asInt()).isZero();
	}

	@Test
	void aParentThemeTrendCountsItsWholeBranchOncePerEvent() {
		JsonNode points = graphql.post("trends", "ThemeTrend", Map.of("theme", "workforce", "by", "REGION"))
			.at("/data/themeTrend");

		assertThat(names(points, "key")).containsExactly("North West", "West Midlands");
		assertThat(points.get(0).get("eventCount").asInt()).isEqualTo(1);
		assertThat(points.get(1).get("eventCount").asInt()).isEqualTo(3);
		assertThat(points.get(1).get("totalEvents").asInt()).isEqualTo(7);
	}

	@Test
	void normalisedMatrixDividesByTheEventsOfEachColumn() {
		JsonNode matrix = graphql.post("trends", "ThemeMatrix",
				Map.of("by", "AUTHORITY", "normalise", true, "where", Map.of("themes", List.of("caseloads", "thresholds"))))
			.at("/data/themeMatrix");

		assertThat(names(matrix.get("columns"), "key")).containsExactly("E10000028", "E06000007", "E10000031",
				"E10000034");
		JsonNode caseloads = matrix.get("rows").get(0);
		assertThat(caseloads.at("/theme/slug").asString()).isEqualTo("caseloads");
		assertThat(caseloads.get("values").toString()).isEqualTo("[1.0,1.0,0.5,0.25]");
		assertThat(caseloads.get("total").asInt()).isEqualTo(4);
	}

	@Test
	void themesCoOccurringWithCaseloadsInFindingsHaveCountsAndLift() {
		JsonNode rows = graphql.post("co-occurrence", "CoOccurringThemes", Map.of("theme", "caseloads"))
			.at("/data/coOccurringThemes");

		assertThat(names(rows, "theme")).containsExactlyInAnyOrder("management-oversight", "drift-and-delay",
				"planning", "recruitment-retention");
		JsonNode recruitment = find(rows, "recruitment-retention");
		assertThat(recruitment.get("count").asInt()).isEqualTo(1);
		assertThat(recruitment.get("unitCount").asInt()).isEqualTo(22);
		assertThat(recruitment.get("anchorCount").asInt()).isEqualTo(8);
		assertThat(recruitment.get("lift").asDouble()).isCloseTo(22.0 / 16, within(1e-9));
		assertThat(find(rows, "drift-and-delay").get("lift").asDouble()).isCloseTo(22.0 / 8, within(1e-9));
	}

	static List<String> names(JsonNode array, String field) {
		return array.valueStream()
			.map(node -> node.get(field).isObject() ? node.get(field).get(field.equals("theme") ? "slug" : "name")
					: node.get(field))
			.map(JsonNode::asString)
			.toList();
	}

	static JsonNode find(JsonNode rows, String slug) {
		return rows.valueStream().filter(row -> row.at("/theme/slug").asString().equals(slug)).findFirst().orElseThrow();
	}

	static String statusOf(JsonNode rows, String slug) {
		return find(rows, slug).get("status").asString();
	}

	/** The {@code key}s of a list of events, as the JSON array of them. */
	private static String keys(JsonNode events) {
		return events.valueStream().map(event -> "\"" + event.get("key").asString() + "\"")
			.collect(Collectors.joining(",", "[", "]"));
	}
}
