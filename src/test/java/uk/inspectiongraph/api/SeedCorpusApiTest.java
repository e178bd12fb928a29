package uk.inspectiongraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo corpus as the application seeds it at start-up, ingested by the real pipeline from the
 * five documents in {@code graph-seed/documents}, asked through {@code /graphql} with the example
 * documents of {@code docs/queries}: the answers an analyst would read off the documents.
 */
@EmbeddedGraphTest
class SeedCorpusApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	private GraphQlHttp graphql() {
		return new GraphQlHttp(port);
	}

	@Test
	void graphStatsCountsTheSeededGraph() {
		JsonNode stats = graphql().post("documents", "GraphStats", Map.of()).path("data").path("graphStats");

		Map<String, Integer> labels = new HashMap<>();
		stats.path("labels").forEach(label -> labels.put(label.path("label").asString(), label.path("count").asInt()));
		assertThat(labels).containsEntry("Document", 5).containsKeys("Event", "Finding", "Person", "Theme");
		assertThat(labels.get("Authority")).isGreaterThanOrEqualTo(153);
		assertThat(stats.path("relationshipCount").asInt()).isPositive();
		assertThat(stats.path("seeding").isBoolean()).isTrue();
		assertThat(stats.path("seeding").asBoolean()).as("seeded before the tests' context was ready").isFalse();
	}

	@Test
	void graphStatsCountsEveryLabelInTheGraphExactly() {
		JsonNode stats = graphql().post("documents", "GraphStats", Map.of()).path("data").path("graphStats");
		Map<String, Long> counted = new HashMap<>();
		stats.path("labels").forEach(label -> counted.put(label.path("label").asString(), label.path("count").asLong()));

		Map<String, Long> scanned = new HashMap<>();
		neo4j.query("MATCH (n) UNWIND labels(n) AS label WITH label WHERE label <> 'SchemaMigration' "
				+ "RETURN label, count(*) AS count").fetch().all()
			.forEach(row -> scanned.put((String) row.get("label"), (Long) row.get("count")));
		long nodes = neo4j.query("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		long relationships = neo4j.query("MATCH ()-[r]->() RETURN count(r)").fetchAs(Long.class).one().orElseThrow();

		assertThat(counted).as("a label the graph holds but graphStats does not list: add it to StatsQueries.LABEL_COUNTS")
			.isEqualTo(scanned);
		assertThat(stats.path("nodeCount").asLong()).isEqualTo(nodes);
		assertThat(stats.path("relationshipCount").asLong()).isEqualTo(relationships);
	}

	@Test
	void warwickshireHasItsFocusedVisitAndItsGoodInspection() {
		JsonNode authority = profile("warwickshire");

		assertThat(events(authority)).containsExactly("FOCUSED_VISIT 2018-07-17", "ILACS_STANDARD 2021-11");
		JsonNode inspection = authority.path("events").get(1);
		List<String> grades = new ArrayList<>();
		inspection.path("judgements").forEach(j -> grades.add(j.path("area").asString() + "=" + j.path("grade").asString()));
		assertThat(grades).containsExactlyInAnyOrder("OVERALL_EFFECTIVENESS=GOOD", "IMPACT_OF_LEADERS=GOOD",
				"HELP_AND_PROTECTION=GOOD", "CHILDREN_IN_CARE_AND_CARE_LEAVERS=GOOD");
		assertThat(inspectors(authority.path("events").get(0))).containsExactly("Peter McEntee (lead)", "Pauline Higham");
	}

	@Test
	void latestEventsAreTheNewestFirst() {
		JsonNode latest = graphql().post("documents", "LatestEvents", Map.of("first", 3)).path("data").path("latestEvents");

		List<String> events = new ArrayList<>();
		latest.forEach(e -> events.add(e.path("authority").path("name").asString() + " " + e.path("kind").asString() + " "
				+ e.path("startDate").asString()));
		assertThat(events).containsExactly("Warrington FOCUSED_VISIT 2021-12-15", "Warwickshire ILACS_STANDARD 2021-11",
				"Warwickshire FOCUSED_VISIT 2018-07-17");
	}

	@Test
	void nameVariantsResolveToOneAuthority() {
		for (String name : List.of("Warwickshire County Council", "Warwickshire children's services", "warwickshire")) {
			assertThat(profile(name).path("code").asString()).as(name).isEqualTo("E10000031");
		}
	}

	@Test
	void worcestershireHasItsInspectionAndThreeMonitoringVisits() {
		assertThat(events(profile("Worcestershire"))).containsExactly("SIF_INSPECTION 2016-10", "MONITORING_VISIT 2017-05",
				"MONITORING_VISIT 2017-09", "MONITORING_VISIT 2018-01");
	}

	@Test
	void warringtonAndStaffordshireVisitsHaveTheirInspectorsAndRecipients() {
		JsonNode warrington = profile("Warrington");
		assertThat(events(warrington)).containsExactly("FOCUSED_VISIT 2021-12-15");
		assertThat(warrington.path("events").get(0).path("endDate").asString()).isEqualTo("2021-12-16");
		assertThat(inspectors(warrington.path("events").get(0))).containsExactly("Lorna Schlechte (lead)", "Lisa Walsh");
		assertThat(roles(warrington)).contains("Amanda Amesbury: Director of Children's Services (RECIPIENT)");

		JsonNode staffordshire = profile("Staffordshire");
		assertThat(events(staffordshire)).containsExactly("FOCUSED_VISIT 2018-06-26");
		assertThat(inspectors(staffordshire.path("events").get(0))).containsExactly("Alison Smale (lead)", "Julie Knight");
		assertThat(roles(staffordshire)).anyMatch(role -> role.startsWith("Helen Riley: Deputy Chief Executive"));
	}

	@Test
	void nigelMinnsIsOnePersonWithTwoDatedRolesAtWarwickshire() {
		JsonNode person = graphql().post("people", "Person", Map.of("name", "Nigel Minns")).path("data").path("person");

		List<String> roles = new ArrayList<>();
		person.path("roles").forEach(role -> roles.add(role.path("asOf").asString() + " " + role.path("title").asString()
				+ " @ " + role.path("authority").path("name").asString()));
		assertThat(roles).containsExactly("2018-08-09 Strategic Director of People Group @ Warwickshire",
				"2022-04-12 Strategic Director for People @ Warwickshire");
	}

	@Test
	void caseloadsRecurAcrossFourAuthoritiesIn2018And2021() {
		JsonNode themes = graphql().post("recurring-themes", "RecurringThemes", Map.of()).path("data").path("recurringThemes");

		JsonNode caseloads = find(themes, "caseloads");
		assertThat(caseloads.path("authorityCount").asInt()).isEqualTo(4);
		assertThat(caseloads.path("years").toString()).isEqualTo("[2018,2021]");
	}

	@Test
	void themesAreRaisedAtTheEventsTheDocumentsSpeakOf() {
		assertThat(concerns("Warwickshire", "caseloads")).containsExactly("FOCUSED_VISIT 2018-07-17");
		assertThat(concerns("Staffordshire", "caseloads")).containsExactly("FOCUSED_VISIT 2018-06-26");
		assertThat(concerns("Worcestershire", "caseloads")).containsExactly("MONITORING_VISIT 2018-01");
		assertThat(concerns("Warrington", "caseloads")).containsExactly("FOCUSED_VISIT 2021-12-15");
		assertThat(concerns("Warwickshire", "supervision")).contains("FOCUSED_VISIT 2018-07-17");
		assertThat(concerns("Staffordshire", "supervision")).isNotEmpty();
		assertThat(concerns("Worcestershire", "supervision")).isNotEmpty();
		assertThat(concerns("Warwickshire", "thresholds")).containsExactly("FOCUSED_VISIT 2018-07-17", "ILACS_STANDARD 2021-11");
		assertThat(concerns("Staffordshire", "planning")).containsExactly("FOCUSED_VISIT 2018-06-26");
		assertThat(concerns("Warwickshire", "planning")).contains("ILACS_STANDARD 2021-11");
		assertThat(concerns("Warwickshire", "voice-of-child")).contains("FOCUSED_VISIT 2018-07-17");
		assertThat(concerns("Warrington", "voice-of-child")).containsExactly("FOCUSED_VISIT 2021-12-15");
	}

	@Test
	void aFindingSplitByAPageBreakIsOneFinding() {
		JsonNode authority = eventThemes("Warwickshire");
		List<String> texts = new ArrayList<>();
		authority.path("events").forEach(event -> event.path("findings").forEach(f -> texts.add(f.path("text").asString())));

		assertThat(texts).filteredOn(text -> text.contains("is it the"))
			.singleElement()
			.satisfies(text -> assertThat(text).contains("is it the right plan?").contains("This weakness is compounded"));
		assertThat(texts).doesNotHaveDuplicates().noneMatch(text -> text.contains("Piccadilly Gate"));
	}

	@Test
	void thresholdsPersistAtWarwickshireFrom2018To2021() {
		JsonNode rows = graphql().post("persistence", "ThemePersistence", Map.of("authority", "Warwickshire"))
			.path("data")
			.path("themePersistence");

		JsonNode thresholds = find(rows, "thresholds");
		assertThat(thresholds.path("recurred").asBoolean()).isTrue();
		assertThat(thresholds.path("firstYear").asInt()).isEqualTo(2018);
		assertThat(thresholds.path("lastYear").asInt()).isEqualTo(2021);
	}

	private JsonNode profile(String name) {
		JsonNode body = graphql().post("authority-profile", "AuthorityProfile", Map.of("name", name));
		return body.path("data").path("authority");
	}

	private JsonNode eventThemes(String name) {
		JsonNode body = graphql().send(GraphQlHttp.testDocument("graphql-documents/event-themes.graphql"), "EventThemes",
				Map.of("name", name)).body();
		assertThat(body.has("errors")).as("errors in %s", body).isFalse();
		return body.path("data").path("authority");
	}

	/** The events of an authority at which a theme was raised as a concern, as "KIND start". */
	private Set<String> concerns(String authority, String slug) {
		Set<String> events = new TreeSet<>();
		eventThemes(authority).path("events").forEach(event -> event.path("findings").forEach(finding -> finding.path("themes")
			.forEach(tag -> {
				if (tag.path("theme").path("slug").asString().equals(slug)
						&& tag.path("polarity").asString().equals("CONCERN")) {
					events.add(event.path("kind").asString() + " " + event.path("startDate").asString());
				}
			})));
		return events;
	}

	private static List<String> events(JsonNode authority) {
		List<String> events = new ArrayList<>();
		authority.path("events").forEach(e -> events.add(e.path("kind").asString() + " " + e.path("startDate").asString()));
		return events;
	}

	private static List<String> inspectors(JsonNode event) {
		List<String> names = new ArrayList<>();
		event.path("inspectors")
			.forEach(i -> names.add(i.path("person").path("name").asString() + (i.path("lead").asBoolean() ? " (lead)" : "")));
		return names;
	}

	private static List<String> roles(JsonNode authority) {
		List<String> roles = new ArrayList<>();
		authority.path("roles").forEach(r -> roles.add(r.path("person").path("name").asString() + ": "
				+ r.path("title").asString() + " (" + r.path("relation").asString() + ")"));
		return roles;
	}

	private static JsonNode find(JsonNode rows, String slug) {
		for (JsonNode row : rows) {
			if (row.path("theme").path("slug").asString().equals(slug)) {
				return row;
			}
		}
		throw new AssertionError("no row for theme " + slug + " in " + rows);
	}
}
