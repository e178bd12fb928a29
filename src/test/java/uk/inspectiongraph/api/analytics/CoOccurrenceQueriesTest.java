package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.scope.Scopes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.domain.Polarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code coOccurringThemes} as answered from the roll-ups (the theme-year cells for every authority,
 * the events' roll-up for some) equals a direct walk of every Finding-TAGGED-Theme in scope on the
 * seeded demo corpus, counted here in Java: for findings and events as units, every polarity, years,
 * kinds, authorities (by code and by name), regions, types, themes, finding kinds, anchors and
 * minimum counts.
 */
@EmbeddedGraphTest
class CoOccurrenceQueriesTest {

	/** Each unit in scope (finding or event) with the slugs of the themes its findings are tagged with. */
	private static final String WALK = """
			MATCH (a:Authority)<-[:AT]-(e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			WHERE %s AND ($polarity IS NULL OR tg.polarity = $polarity)
			  AND ($findingKinds IS NULL OR f.kind IN $findingKinds)
			WITH %s AS unit, collect(DISTINCT t.slug) AS slugs
			RETURN slugs""";

	/** The finding kinds in which Ofsted says what must improve. */
	private static final List<String> MUST_IMPROVE = List.of("AREA_FOR_IMPROVEMENT", "PRIORITY_ACTION", "RECOMMENDATION");

	@Autowired
	CoOccurrenceQueries query;

	@Autowired
	Scopes scopes;

	@Autowired
	Neo4jClient neo4j;

	static List<Scope> scopeList() {
		List<Scope> list = new ArrayList<>();
		for (Polarity polarity : new Polarity[] { Polarity.CONCERN, Polarity.STRENGTH, Polarity.NEUTRAL, null }) {
			list.add(new Scope(null, null, polarity, null, null, null, null, null));
			list.add(new Scope(2019, 2022, polarity, null, null, null, null, null));
			list.add(new Scope(null, 2018, polarity, null, null, null, List.of("FOCUSED_VISIT", "MONITORING_VISIT"), null));
			list.add(new Scope(null, null, polarity, null, null, null, null, List.of("caseloads", "supervision", "planning")));
			list.add(new Scope(null, null, polarity, List.of("E10000031"), null, null, null, null));
			list.add(new Scope(null, null, polarity, List.of("Staffordshire", "warrington borough council"), null, null, null, null));
			list.add(new Scope(2018, 2018, polarity, null, List.of("west midlands"), null, null, null));
			list.add(new Scope(null, null, polarity, null, null, List.of("county"), List.of("FOCUSED_VISIT"), null));
			list.add(new Scope(null, null, polarity, null, null, null, null, null, List.of("AREA_FOR_IMPROVEMENT")));
			list.add(new Scope(null, null, polarity, null, null, null, null, null, MUST_IMPROVE));
			list.add(new Scope(2019, 2022, polarity, null, null, null, null, null, List.of("FINDING", "WEAKNESS")));
			list.add(new Scope(null, null, polarity, List.of("E10000031"), null, null, null, null, MUST_IMPROVE));
		}
		return list;
	}

	@ParameterizedTest
	@MethodSource("scopeList")
	void theRollUpsGiveWhatTheWalkOfEveryTagGives(Scope scope) {
		int answered = 0;
		for (String theme : List.of("caseloads", "workforce", "planning", "thresholds")) {
			List<String> anchor = scopes.branch(theme);
			for (String within : List.of("FINDING", "EVENT")) {
				for (int minCount : new int[] { 1, 2 }) {
					List<String> fromRollUps = query.run(scope, anchor, within, minCount).stream()
						.map(CoOccurrenceQueriesTest::line)
						.toList();

					assertThat(fromRollUps).as("%s of %s in %s, at least %d", within, theme, scope, minCount)
						.containsExactlyElementsOf(walked(scope, anchor, within, minCount));
					answered += fromRollUps.isEmpty() ? 0 : 1;
				}
			}
		}
		if (scope.polarity() == Polarity.CONCERN && scope.from() == null && scope.eventKinds() == null) {
			assertThat(answered).as("answers that are not empty").isGreaterThan(4);
		}
	}

	@Test
	void workforceStabilityIsTheConcernRaisedMostOftenInTheSameFindingAsCaseloads() {
		Scope everywhere = new Scope(null, null, Polarity.CONCERN, null, null, null, null, null);

		List<CoOccurrence> inFindings = query.run(everywhere, scopes.branch("caseloads"), "FINDING", 1);

		assertThat(inFindings).hasSize(10);
		CoOccurrence first = inFindings.get(0);
		assertThat(first.theme().slug()).isEqualTo("workforce-stability");
		assertThat(List.of(first.count(), first.themeCount(), first.anchorCount(), first.unitCount()))
			.containsExactly(4, 5, 10, 46);
		assertThat(first.lift()).isCloseTo(4.0 * 46 / (10 * 5), within(1e-9));
		Scope theFourAuthorities = new Scope(null, null, Polarity.CONCERN,
				List.of("Staffordshire", "Warrington", "Warwickshire", "Worcestershire"), null, null, null, null);
		assertThat(query.run(theFourAuthorities, scopes.branch("caseloads"), "FINDING", 1))
			.as("the demo corpus's every authority, counted from their events instead of the cells").isEqualTo(inFindings);
	}

	@Test
	void partnershipWorkingIsAConcernAtEveryEventWhereCaseloadsIs() {
		Scope everywhere = new Scope(null, null, Polarity.CONCERN, null, null, null, null, null);

		List<CoOccurrence> inEvents = query.run(everywhere, scopes.branch("caseloads"), "EVENT", 1);

		CoOccurrence first = inEvents.get(0);
		assertThat(first.theme().slug()).isEqualTo("partnership-working");
		assertThat(List.of(first.count(), first.themeCount(), first.anchorCount(), first.unitCount()))
			.containsExactly(4, 4, 4, 6);
		assertThat(first.lift()).isCloseTo(1.5, within(1e-9));
		Scope theFourAuthorities = new Scope(null, null, Polarity.CONCERN,
				List.of("Staffordshire", "Warrington", "Warwickshire", "Worcestershire"), null, null, null, null);
		assertThat(query.run(theFourAuthorities, scopes.branch("caseloads"), "EVENT", 1)).isEqualTo(inEvents);
	}

	/** The answer counted from the walk: the anchor's units, each other theme's units, and those with both. */
	private List<String> walked(Scope scope, List<String> anchor, String within, int minCount) {
		String cypher = WALK.formatted(Scope.EVENT_PREDICATE, "EVENT".equals(within) ? "e" : "f");
		List<Set<String>> units = neo4j.query(cypher)
			.bindAll(scope.parameters())
			.fetch()
			.all()
			.stream()
			.map(row -> ((List<?>) row.get("slugs")).stream().map(String::valueOf).collect(Collectors.toSet()))
			.toList();
		List<Set<String>> anchored = units.stream().filter(unit -> unit.stream().anyMatch(anchor::contains)).toList();
		Set<String> slugs = new HashSet<>();
		units.forEach(slugs::addAll);
		List<Row> rows = new ArrayList<>();
		for (String slug : slugs) {
			long together = anchored.stream().filter(unit -> unit.contains(slug)).count();
			long themeCount = units.stream().filter(unit -> unit.contains(slug)).count();
			if (together >= Math.max(1, minCount) && !anchor.contains(slug)
					&& (scope.themes() == null || scope.themes().contains(slug))) {
				double lift = (double) together * units.size() / (anchored.size() * themeCount);
				rows.add(new Row(slug, name(slug), together, themeCount, anchored.size(), units.size(), lift));
			}
		}
		rows.sort(Comparator.comparingLong(Row::together).reversed()
			.thenComparing(Comparator.comparingDouble(Row::lift).reversed())
			.thenComparing(Row::name));
		return rows.stream().map(Row::line).toList();
	}

	private String name(String slug) {
		return neo4j.query("MATCH (t:Theme {slug: $slug}) RETURN t.name AS name").bind(slug).to("slug")
			.fetchAs(String.class).one().orElseThrow();
	}

	private static String line(CoOccurrence row) {
		return new Row(row.theme().slug(), row.theme().name(), row.count(), row.themeCount(), row.anchorCount(),
				row.unitCount(), row.lift()).line();
	}

	private record Row(String slug, String name, long together, long themeCount, long anchorCount, long unitCount,
			double lift) {

		String line() {
			return slug + " " + together + " " + themeCount + " " + anchorCount + " " + unitCount + " " + lift;
		}
	}
}
