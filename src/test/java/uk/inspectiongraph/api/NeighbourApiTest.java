package uk.inspectiongraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.inspectiongraph.api.AnalyticsApiTest.names;

/**
 * Statistical neighbours through {@code /graphql} on the seed-graph fixture, with the neighbour
 * relationships {@code graph-seed/statistical-neighbours.csv} gives among its four authorities
 * (Warrington's 2nd, 3rd and 9th are Warwickshire, Staffordshire and Worcestershire), and the
 * answers worked out by hand from the fixture's findings and tags.
 */
class NeighbourApiTest extends ApiTest {

	private static final String NEIGHBOURS = "neighbours";

	private static final String NEIGHBOURS_AMONG_THE_SEED_AUTHORITIES = """
			UNWIND [['E06000007', 'E10000031', 2], ['E06000007', 'E10000028', 3], ['E06000007', 'E10000034', 9],
			        ['E10000028', 'E06000007', 7], ['E10000031', 'E06000007', 8], ['E10000034', 'E10000031', 4]] AS row
			MATCH (a:Authority {code: row[0]}), (n:Authority {code: row[1]})
			MERGE (a)-[r:NEIGHBOUR]->(n) SET r.rank = row[2]""";

	@BeforeEach
	void linkNeighbours() {
		neo4j.query(NEIGHBOURS_AMONG_THE_SEED_AUTHORITIES).run();
	}

	@AfterEach
	void unlinkNeighbours() {
		neo4j.query("MATCH (:Authority)-[r:NEIGHBOUR]->(:Authority) DELETE r").run();
	}

	@Test
	void warringtonsNeighboursAreListedInRankOrder() {
		JsonNode authority = graphql.post(NEIGHBOURS, "StatisticalNeighbours", Map.of("name", "Warrington"))
			.at("/data/authority");

		assertThat(names(authority.get("statisticalNeighbours"), "code")).containsExactly("E10000031", "E10000028",
				"E10000034");
	}

	@Test
	void everyAuthorityOfAListGetsItsNeighboursInOneStatement() {
		cypherCounter.reset();
		JsonNode authorities = graphql.send("{ authorities { code statisticalNeighbours { code } } }", null, Map.of())
			.body()
			.at("/data/authorities");

		assertThat(authorities.valueStream()
			.map(a -> a.get("code").asString() + ">" + String.join(",", names(a.get("statisticalNeighbours"), "code"))))
			.containsExactly("E10000028>E06000007", "E06000007>E10000031,E10000028,E10000034", "E10000031>E06000007",
					"E10000034>E10000031");
		assertThat(cypherCounter.count()).isEqualTo(2);
	}

	@Test
	void warringtonsConcernsAgainstItsNeighbours() {
		JsonNode comparison = compare(Map.of("authority", "Warrington"));

		assertThat(comparison.at("/authority/code").asString()).isEqualTo("E06000007");
		assertThat(comparison.get("eventCount").asInt()).isEqualTo(1);
		assertThat(comparison.get("neighbourEventCount").asInt()).isEqualTo(7);
		assertThat(comparison.get("neighbours").valueStream()
			.map(n -> n.get("rank").asInt() + " " + n.at("/authority/code").asString() + " " + n.get("eventCount").asInt()))
			.containsExactly("2 E10000031 2", "3 E10000028 1", "9 E10000034 4");
		assertThat(rows(comparison.get("themes"))).containsExactly("caseloads true 1 3 3", "management-oversight false 0 3 2",
				"supervision false 0 3 3", "thresholds false 0 3 2", "audit false 0 2 2", "planning false 0 2 2",
				"connected-carers false 0 1 1", "disabled-children false 0 1 1", "drift-and-delay false 0 1 1",
				"front-door false 0 1 1", "recruitment-retention true 1 0 0", "voice-of-the-child true 1 0 0");
		assertThat(comparison.at("/themes/0/neighbourShare").asDouble()).isCloseTo(3.0 / 7, within(1e-9));
		assertThat(comparison.at("/themes/11/neighbourShare").asDouble()).isZero();
	}

	@Test
	void eachSideHasItsLatestGradePerArea() {
		JsonNode comparison = compare(Map.of("authority", "E06000007"));

		assertThat(comparison.get("latestGrades")).isEmpty();
		JsonNode warwickshire = comparison.at("/neighbours/0/latestGrades");
		assertThat(warwickshire.valueStream().map(g -> g.get("area").asString() + " " + g.get("grade").asString()))
			.containsExactly("OVERALL_EFFECTIVENESS GOOD", "IMPACT_OF_LEADERS GOOD", "HELP_AND_PROTECTION GOOD",
					"CHILDREN_IN_CARE_AND_CARE_LEAVERS GOOD");
		assertThat(warwickshire.at("/0/event/key").asString()).isEqualTo("E10000031|INSPECTION|2021-11");
		assertThat(comparison.at("/neighbours/1/latestGrades")).isEmpty();
		JsonNode worcestershire = comparison.at("/neighbours/2/latestGrades");
		assertThat(worcestershire.valueStream().map(g -> g.get("area").asString() + " " + g.get("score").asInt()))
			.containsExactly("OVERALL_EFFECTIVENESS 4");
		assertThat(compare(Map.of("authority", "Warrington", "to", 2015)).at("/neighbours/2/latestGrades")).isEmpty();
	}

	@Test
	void whatOfstedSaidMustImproveKeepsTheAreasForImprovementOnly() {
		JsonNode comparison = compare(Map.of("authority", "Warrington", "findingKinds",
				List.of("AREA_FOR_IMPROVEMENT", "PRIORITY_ACTION", "RECOMMENDATION")));

		assertThat(rows(comparison.get("themes"))).containsExactly("audit false 0 2 2", "caseloads false 0 2 2",
				"planning false 0 2 2", "supervision false 0 2 2", "thresholds false 0 2 1",
				"connected-carers false 0 1 1", "disabled-children false 0 1 1", "front-door false 0 1 1",
				"management-oversight false 0 1 1");
		assertThat(comparison.get("neighbourEventCount").asInt()).isEqualTo(7);
	}

	@Test
	void theYearsNarrowBothSides() {
		JsonNode comparison = compare(Map.of("authority", "Warrington", "from", 2021));

		assertThat(comparison.get("neighbourEventCount").asInt()).isEqualTo(1);
		assertThat(rows(comparison.get("themes"))).containsExactly("connected-carers false 0 1 1",
				"disabled-children false 0 1 1", "front-door false 0 1 1", "management-oversight false 0 1 1",
				"planning false 0 1 1", "thresholds false 0 1 1", "caseloads true 1 0 0",
				"recruitment-retention true 1 0 0", "voice-of-the-child true 1 0 0");
		assertThat(comparison.at("/themes/0/neighbourShare").asDouble()).isEqualTo(1.0);
	}

	@Test
	void strengthsCanBeComparedToo() {
		JsonNode comparison = compare(Map.of("authority", "Worcestershire", "polarity", "STRENGTH"));

		assertThat(names(comparison.get("neighbours"), "authority")).containsExactly("Warwickshire County Council");
		assertThat(rows(comparison.get("themes"))).containsExactly("voice-of-the-child false 0 2 1",
				"audit true 1 0 0", "performance-management true 1 0 0");
	}

	@Test
	void anUnknownAuthorityIsNotFoundAndYearsOutOfOrderAreABadRequest() {
		JsonNode unknown = graphql.send(GraphQlHttp.document(NEIGHBOURS), "NeighbourComparison",
				Map.of("authority", "Atlantis")).body();
		JsonNode backwards = graphql.send(GraphQlHttp.document(NEIGHBOURS), "NeighbourComparison",
				Map.of("authority", "Warrington", "from", 2022, "to", 2018)).body();

		assertThat(unknown.at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
		assertThat(unknown.at("/errors/0/message").asString()).contains("'Atlantis'");
		assertThat(backwards.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(backwards.at("/errors/0/message").asString()).contains("from (2022) is after to (2018)");
	}

	@Test
	void everyAuthorityAgainstItsNeighboursOnOneThemeInOneStatement() {
		cypherCounter.reset();
		JsonNode map = amongNeighbours(Map.of("theme", "recruitment-retention"));

		assertThat(cypherCounter.count()).isEqualTo(1);
		assertThat(amongNeighboursRows(map)).containsExactly("E10000028 1 0 false 1 1 1 1.0", "E06000007 1 1 true 3 3 0 0.0",
				"E10000031 2 0 false 1 1 1 1.0", "E10000034 4 0 false 1 1 0 0.0");
	}

	@Test
	void theYearsNarrowTheMapsComparisonAndAnUnknownThemeIsABadRequest() {
		JsonNode map = amongNeighbours(Map.of("theme", "recruitment-retention", "from", 2021));
		JsonNode unknown = graphql.send(GraphQlHttp.document(NEIGHBOURS), "ThemeAmongNeighbours",
				Map.of("theme", "no-such-theme")).body();

		assertThat(amongNeighboursRows(map)).containsExactly("E10000028 0 0 false 1 1 1 1.0", "E06000007 1 1 true 3 1 0 0.0",
				"E10000031 1 0 false 1 1 1 1.0", "E10000034 0 0 false 1 1 0 0.0");
		assertThat(unknown.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(unknown.at("/errors/0/message").asString()).contains("no-such-theme");
	}

	@Test
	void withNoNeighbourEventInTheYearsThereIsNoShare() {
		JsonNode map = amongNeighbours(Map.of("theme", "caseloads", "to", 2000));

		assertThat(map.valueStream().map(row -> row.get("eventCount").asInt() + " " + row.get("neighbourShare").isNull()))
			.containsExactly("0 true", "0 true", "0 true", "0 true");
	}

	private JsonNode amongNeighbours(Map<String, Object> variables) {
		return graphql.post(NEIGHBOURS, "ThemeAmongNeighbours", variables).at("/data/themeAmongNeighbours");
	}

	/** Each authority as "code eventCount raisingEvents raised neighbourCount neighboursWithEvents neighboursRaising neighbourShare". */
	private static List<String> amongNeighboursRows(JsonNode map) {
		return map.valueStream()
			.map(r -> String.join(" ", r.at("/authority/code").asString(), r.get("eventCount").asString(),
					r.get("raisingEvents").asString(), r.get("raised").asString(), r.get("neighbourCount").asString(),
					r.get("neighboursWithEvents").asString(), r.get("neighboursRaising").asString(),
					r.get("neighbourShare").asString()))
			.toList();
	}

	private JsonNode compare(Map<String, Object> variables) {
		return graphql.post(NEIGHBOURS, "NeighbourComparison", variables).at("/data/neighbourComparison");
	}

	/** Each theme as "slug raised events neighbourEvents neighboursRaising". */
	private static List<String> rows(JsonNode themes) {
		return themes.valueStream()
			.map(t -> t.at("/theme/slug").asString() + " " + t.get("raised").asBoolean() + " " + t.get("events").asInt()
					+ " " + t.get("neighbourEvents").asInt() + " " + t.get("neighboursRaising").asInt())
			.toList();
	}
}
