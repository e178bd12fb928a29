package uk.inspectiongraph.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import uk.inspectiongraph.graph.write.PersonRollupQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectiongraph.api.AnalyticsApiTest.names;

/** Questions 5 to 9 through {@code /graphql} on the seed-graph fixture, with the true answers. */
class GraphApiTest extends ApiTest {

	private static final String THEMES_RAISED = "graphql-documents/themes-raised.graphql";

	/** A second visit for Lisa Walsh, three years before her only one in the fixture. */
	private static final String LISA_WALSH_ALSO_VISITED_WARWICKSHIRE_IN_2018 = """
			MATCH (p:Person {key: 'lisa walsh'}), (e:Event {key: 'E10000031|FOCUSED_VISIT|2018-07'})
			CREATE (p)-[:INSPECTED {lead: false, documentHash: 'h-warks-2018', spanStart: 0, spanEnd: 10}]->(e)""";

	@Test
	void warwickshiresProfileHasItsEventsGradesInspectorsRolesThemesAndDocuments() {
		JsonNode authority = graphql.post("authority-profile", "AuthorityProfile", Map.of("name", "Warwickshire"))
			.at("/data/authority");

		assertThat(authority.get("code").asString()).isEqualTo("E10000031");
		JsonNode events = authority.get("events");
		assertThat(names(events, "kind")).containsExactly("FOCUSED_VISIT", "ILACS_STANDARD");
		assertThat(events.at("/0/startDate").asString()).isEqualTo("2018-07-17");
		assertThat(events.at("/0/inspectors/0/person/name").asString()).isEqualTo("Peter McEntee");
		assertThat(events.at("/0/inspectors/0/lead").asBoolean()).isTrue();
		assertThat(events.at("/1/judgements").valueStream().map(j -> j.get("grade").asString()))
			.containsExactly("GOOD", "GOOD", "GOOD", "GOOD");
		assertThat(authority.get("roles").valueStream().map(r -> r.at("/person/name").asString() + "@" + r.get("asOf").asString()))
			.containsExactly("Nigel Minns@2018-08-09", "Jeff Morgan@2022-04-12", "John Coleman@2022-04-12",
					"Nigel Minns@2022-04-12");
		assertThat(authority.at("/themes/0/theme/slug").asString()).isEqualTo("caseloads");
		assertThat(authority.at("/themes/0/concernCount").asInt()).isEqualTo(3);
		assertThat(names(authority.get("documents"), "hash")).containsExactly("h-warks-2022", "h-warks-2018");
	}

	@Test
	void anAuthorityIsFoundByCodeToo() {
		JsonNode authority = graphql.post("authority-profile", "AuthorityProfile", Map.of("code", "e06000007"))
			.at("/data/authority");

		assertThat(authority.get("name").asString()).isEqualTo("Warrington Borough Council");
	}

	@Test
	void nigelMinnsHasTwoDatedRolesAtWarwickshireWithTheirDocuments() {
		JsonNode person = graphql.post("people", "Person", Map.of("name", "Mr Nigel Minns")).at("/data/person");

		assertThat(person.get("name").asString()).isEqualTo("Nigel Minns");
		assertThat(person.get("inspector").asBoolean()).isFalse();
		JsonNode roles = person.get("roles");
		assertThat(names(roles, "title")).containsExactly("Strategic Director of People Group",
				"Strategic Director for People");
		assertThat(names(roles, "asOf")).containsExactly("2018-08-09", "2022-04-12");
		assertThat(roles.at("/0/document/hash").asString()).isEqualTo("h-warks-2018");
		assertThat(roles.at("/1/authority/name").asString()).isEqualTo("Warwickshire County Council");
		assertThat(names(person.get("documents"), "hash")).containsExactly("h-warks-2022", "h-warks-2018");
	}

	@Test
	void peopleAreSearchedByPartOfTheirName() {
		JsonNode people = graphql.post("people", "PeopleSearch", Map.of("search", "MINN")).at("/data/people");

		assertThat(names(people, "name")).containsExactly("Nigel Minns");
	}

	@Test
	void inspectorsListTheAuthoritiesTheyVisitedAndTheThemesRaised() {
		JsonNode inspectors = graphql.post("people", "Inspectors", Map.of("from", 2021)).at("/data/inspectors");

		assertThat(inspectors.valueStream().map(i -> i.at("/person/name").asString()))
			.containsExactly("Lisa Walsh", "Lorna Schlechte");
		JsonNode lorna = inspectors.get(1);
		assertThat(lorna.get("ledCount").asInt()).isEqualTo(1);
		assertThat(lorna.at("/authorities/0/name").asString()).isEqualTo("Warrington Borough Council");
		JsonNode recruitment = lorna.at("/person/themesRaised").valueStream()
			.filter(t -> t.at("/theme/slug").asString().equals("recruitment-retention")).findFirst().orElseThrow();
		assertThat(recruitment.get("concernCount").asInt()).isEqualTo(2);
	}

	@Test
	void aFilteredInspectorsThemesAreThoseOfTheVisitsInScopeAndNobodyElses() {
		neo4j.query(LISA_WALSH_ALSO_VISITED_WARWICKSHIRE_IN_2018).run();
		neo4j.query(PersonRollupQueries.REFRESH_ALL).run();
		try {
			JsonNode from2021 = graphql.postTestDocument(THEMES_RAISED, "ThemesRaisedBelowInspectors", Map.of("from", 2021))
				.at("/data/inspectors");

			JsonNode lisa = from2021.valueStream().filter(i -> i.at("/person/name").asString().equals("Lisa Walsh"))
				.findFirst().orElseThrow();
			List<String> scoped = counts(lisa.at("/person/themesRaised"));
			assertThat(scoped).containsExactlyInAnyOrderElementsOf(walkedThemes("Lisa Walsh", 2021, null));
			assertThat(everyVisit("Lisa Walsh")).containsExactlyInAnyOrderElementsOf(walkedThemes("Lisa Walsh", null, null))
				.isNotEqualTo(scoped);
			List<JsonNode> below = from2021.valueStream().flatMap(i -> i.at("/person/inspections").valueStream())
				.flatMap(inspection -> inspection.at("/event/inspectors").valueStream())
				.map(inspector -> inspector.get("person")).toList();
			assertThat(below).extracting(person -> person.get("name").asString()).contains("Peter McEntee");
			below.forEach(person -> assertThat(counts(person.get("themesRaised"))).as(person.get("name").asString())
				.containsExactlyInAnyOrderElementsOf(walkedThemes(person.get("name").asString(), null, null)));
			assertHeadsOfEveryTheme(graphql.postTestDocument(THEMES_RAISED, "ThemesRaisedThreeWays", Map.of("from", 2021))
				.at("/data/inspectors"));
		}
		finally {
			reloadFixture();
		}
	}

	@Test
	void aThemeFilterOnInspectorsNarrowsTheThemesRaisedToThoseThemes() {
		JsonNode caseloads = graphql.post("people", "Inspectors", Map.of("where", Map.of("themes", List.of("caseloads"))))
			.at("/data/inspectors");

		int narrowed = 0;
		for (JsonNode inspector : caseloads) {
			String name = inspector.at("/person/name").asString();
			List<String> scoped = counts(inspector.at("/person/themesRaised"));
			assertThat(scoped).as(name).containsExactlyInAnyOrderElementsOf(walkedThemes(name, null, List.of("caseloads")));
			narrowed += everyVisit(name).size() > scoped.size() ? 1 : 0;
		}
		assertThat(narrowed).as("inspectors whose themes the filter narrowed").isPositive();
	}

	@Test
	void anInspectorsFirstThemesAreTheHeadOfEveryThemeRaised() {
		JsonNode every = graphql.post("people", "Inspectors", Map.of()).at("/data/inspectors");
		JsonNode firstTwo = graphql.post("people", "Inspectors", Map.of("themes", 2)).at("/data/inspectors");

		assertThat(firstTwo).hasSameSizeAs(every);
		for (int i = 0; i < every.size(); i++) {
			List<String> all = names(every.get(i).at("/person/themesRaised"), "theme");
			assertThat(names(firstTwo.get(i).at("/person/themesRaised"), "theme"))
				.as(every.get(i).at("/person/name").asString())
				.containsExactlyElementsOf(all.subList(0, Math.min(2, all.size())));
		}
		assertThat(every.valueStream().mapToInt(i -> i.at("/person/themesRaised").size()).max().orElse(0))
			.isGreaterThan(2);
	}

	@Test
	void aLimitOnInspectorsKeepsTheBusiestInTheSameOrder() {
		JsonNode every = graphql.post("people", "Inspectors", Map.of()).at("/data/inspectors");
		JsonNode busiest = graphql.post("people", "Inspectors", Map.of("limit", 2)).at("/data/inspectors");

		assertThat(every.size()).isGreaterThan(2);
		assertThat(busiest.valueStream().map(i -> i.at("/person/name").asString()))
			.containsExactly(every.get(0).at("/person/name").asString(), every.get(1).at("/person/name").asString());
		assertThat(busiest.get(0).at("/eventCount").asInt()).isGreaterThanOrEqualTo(busiest.get(1).at("/eventCount").asInt());
		assertThat(graphql.post("people", "Inspectors", Map.of("limit", 0)).at("/data/inspectors")).isEmpty();
	}

	@Test
	void themesRaisedAskedThreeWaysInOneRequestGiveHeadsOfTheSameList() {
		assertHeadsOfEveryTheme(graphql.postTestDocument(THEMES_RAISED, "ThemesRaisedThreeWays", Map.of())
			.at("/data/inspectors"));
	}

	/** Each inspector's {@code one} and {@code three} are the head of their {@code every}. */
	private static void assertHeadsOfEveryTheme(JsonNode inspectors) {
		assertThat(inspectors.size()).isGreaterThan(1);
		for (JsonNode inspector : inspectors) {
			List<String> every = names(inspector.at("/person/every"), "theme");
			String name = inspector.at("/person/name").asString();
			assertThat(names(inspector.at("/person/one"), "theme")).as(name)
				.containsExactlyElementsOf(every.subList(0, Math.min(1, every.size())));
			assertThat(names(inspector.at("/person/three"), "theme")).as(name)
				.containsExactlyElementsOf(every.subList(0, Math.min(3, every.size())));
		}
	}

	@Test
	void aPersonWhoInspectedNothingHasNoThemesRaised() {
		JsonNode person = graphql.postTestDocument(THEMES_RAISED, "ThemesRaisedByPerson",
				Map.of("name", "Mr Nigel Minns")).at("/data/person");

		assertThat(person.get("name").asString()).isEqualTo("Nigel Minns");
		assertThat(person.get("inspector").asBoolean()).isFalse();
		assertThat(person.get("themesRaised")).isEmpty();
	}

	@Test
	void gradeHistoryListsEachAuthoritysGradedInspections() {
		JsonNode histories = graphql.post("judgements", "GradeHistory", Map.of()).at("/data/gradeHistory");

		assertThat(histories.valueStream().map(h -> h.at("/authority/code").asString() + ":" + h.at("/grades/0/grade").asString()
				+ "@" + h.at("/grades/0/event/year").asInt()))
			.containsExactly("E10000031:GOOD@2021", "E10000034:INADEQUATE@2016");
	}

	@Test
	void gradeChangesShowImprovementBetweenConsecutiveInspections() {
		assertThat(graphql.post("judgements", "GradeChanges", Map.of()).at("/data/gradeChanges")).isEmpty();
		try {
			addALaterWorcestershireInspection();
			JsonNode changes = graphql.post("judgements", "GradeChanges", Map.of("direction", List.of("IMPROVED")))
				.at("/data/gradeChanges");

			assertThat(changes).hasSize(1);
			assertThat(changes.at("/0/authority/name").asString()).isEqualTo("Worcestershire County Council");
			assertThat(changes.at("/0/before/grade").asString()).isEqualTo("INADEQUATE");
			assertThat(changes.at("/0/after/grade").asString()).isEqualTo("REQUIRES_IMPROVEMENT");
			assertThat(changes.at("/0/steps").asInt()).isEqualTo(1);
			assertThat(graphql.post("judgements", "GradeChanges", Map.of("direction", List.of("DECLINED")))
				.at("/data/gradeChanges")).isEmpty();
		}
		finally {
			neo4j.query("MATCH (n) WHERE n.id = 'test-only:j' OR n.key = 'E10000034|INSPECTION|2019-03' DETACH DELETE n").run();
		}
	}

	@Test
	void findingsPageThroughEveryMatchOnceWithCursors() {
		Map<String, Object> variables = Map.of("first", 3, "polarity", "CONCERN", "where", Map.of("themes", List.of("caseloads")));
		JsonNode page = graphql.post("findings", "Findings", variables).at("/data/findings");
		assertThat(page.get("totalCount").asInt()).isEqualTo(8);

		Set<String> seen = new HashSet<>();
		int pages = 0;
		while (true) {
			page.get("edges").valueStream().forEach(edge -> assertThat(seen.add(edge.at("/node/id").asString())).isTrue());
			pages++;
			if (!page.at("/pageInfo/hasNextPage").asBoolean()) {
				break;
			}
			Map<String, Object> next = new java.util.HashMap<>(variables);
			next.put("after", page.at("/pageInfo/endCursor").asString());
			page = graphql.post("findings", "Findings", next).at("/data/findings");
		}
		assertThat(seen).hasSize(8);
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void aFindingCarriesItsEvidenceEventAuthorityAndDocument() {
		JsonNode node = graphql.post("findings", "Findings", Map.of("first", 1, "from", 2021, "kinds", List.of("FINDING"),
				"where", Map.of("authorities", List.of("Warrington")))).at("/data/findings/edges/0/node");

		assertThat(node.get("id").asString()).isEqualTo("h-warr-2022:f1");
		assertThat(node.at("/themes/0/evidence").asString()).isEqualTo("Caseloads are too high");
		assertThat(node.at("/event/key").asString()).isEqualTo("E06000007|FOCUSED_VISIT|2021-12");
		assertThat(node.at("/authority/name").asString()).isEqualTo("Warrington Borough Council");
		assertThat(node.at("/document/date").asString()).isEqualTo("2022-01-31");
	}

	@Test
	void fullTextSearchHighlightsTheWordsFound() {
		JsonNode search = graphql.post("findings", "Search", Map.of("text", "caseloads")).at("/data/search");

		assertThat(search.get("findings")).isNotEmpty();
		assertThat(search.at("/findings/0/snippet").asString()).containsIgnoringCase("<mark>caseloads</mark>");
		assertThat(search.get("documents").valueStream().map(d -> d.at("/document/hash").asString()))
			.contains("h-warks-2018", "h-staffs-2018", "h-worcs-2018", "h-warr-2022")
			.doesNotContain("h-warks-2022");
	}

	@Test
	void aDocumentListsEverythingExtractedFromItAndEachFactNamesItBack() {
		JsonNode document = graphql.post("documents", "Document", Map.of("hash", "h-warks-2018")).at("/data/document");

		assertThat(document.get("text").asString()).contains("Dear Mr Minns");
		assertThat(document.at("/authority/name").asString()).isEqualTo("Warwickshire County Council");
		assertThat(document.at("/reports/0/authoritative").asBoolean()).isTrue();
		assertThat(document.get("findings")).hasSize(7);
		assertThat(document.get("findings").valueStream().map(f -> f.at("/document/hash").asString())).containsOnly("h-warks-2018");
		assertThat(document.get("inspections").valueStream().map(i -> i.at("/person/name").asString()))
			.containsExactly("Peter McEntee", "Pauline Higham");
		assertThat(document.at("/roles/0/person/name").asString()).isEqualTo("Nigel Minns");
	}

	@Test
	void graphStatsCountTheFixture() {
		JsonNode labels = graphql.post("documents", "GraphStats", Map.of()).at("/data/graphStats/labels");

		assertThat(labels.valueStream().filter(l -> l.get("label").asString().equals("Finding")).findFirst().orElseThrow()
			.get("count").asInt()).isEqualTo(29);
	}

	private void addALaterWorcestershireInspection() {
		neo4j.query("""
				MATCH (a:Authority {code: 'E10000034'}), (d:Document {hash: 'h-worcs-2018'})
				CREATE (e:Event {key: 'E10000034|INSPECTION|2019-03', kind: 'ILACS_STANDARD', startDate: date('2019-03-01'),
				  startPrecision: 'MONTH', year: 2019})-[:AT]->(a)
				CREATE (j:Judgement {id: 'test-only:j', area: 'OVERALL_EFFECTIVENESS', grade: 'REQUIRES_IMPROVEMENT', score: 3})
				CREATE (j)-[:OF_EVENT]->(e), (j)-[:STATED_IN]->(d)""").run();
	}

	/** The person's themes over every visit, as {@link #counts}. */
	private List<String> everyVisit(String name) {
		return counts(graphql.postTestDocument(THEMES_RAISED, "ThemesRaisedByPerson", Map.of("name", name))
			.at("/data/person/themesRaised"));
	}

	/** Each theme count as "slug concerns strengths". */
	private static List<String> counts(JsonNode themeCounts) {
		return themeCounts.valueStream().map(count -> count.at("/theme/slug").asString() + " "
				+ count.get("concernCount").asInt() + " " + count.get("strengthCount").asInt()).toList();
	}

	/** The same, walked from the tags of the findings about the person's events from a year on, of some themes. */
	private List<String> walkedThemes(String person, Integer from, List<String> themes) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("person", person);
		parameters.put("from", from);
		parameters.put("themes", themes);
		return List.copyOf(neo4j.query("""
				MATCH (p:Person {name: $person})-[:INSPECTED]->(e:Event) WHERE $from IS NULL OR e.year >= $from
				WITH DISTINCT e
				MATCH (e)<-[:ABOUT]-(:Finding)-[tg:TAGGED]->(t:Theme) WHERE $themes IS NULL OR t.slug IN $themes
				WITH t, count(CASE tg.polarity WHEN 'CONCERN' THEN 1 END) AS concerns,
				     count(CASE tg.polarity WHEN 'STRENGTH' THEN 1 END) AS strengths
				RETURN t.slug + ' ' + concerns + ' ' + strengths AS count""")
			.bindAll(parameters)
			.fetchAs(String.class)
			.all());
	}
}
