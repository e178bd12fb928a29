package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways {@code recurringThemes} is answered agree on the seeded demo corpus: summed from
 * the theme-year cells (every authority) and read from the events' roll-up (what it does when some
 * authorities are asked for), for every polarity, year range and kind of event.
 */
@EmbeddedGraphTest
class RecurringThemesQueriesTest {

	@Autowired
	Neo4jClient neo4j;

	static List<Scope> scopes() {
		List<Scope> scopes = new ArrayList<>();
		for (Polarity polarity : new Polarity[] { Polarity.CONCERN, Polarity.STRENGTH, null }) {
			scopes.add(new Scope(null, null, polarity, null, null, null, null, null));
			scopes.add(new Scope(2019, 2022, polarity, null, null, null, null, null));
			scopes.add(new Scope(null, 2018, polarity, null, null, null, List.of("FOCUSED_VISIT", "MONITORING_VISIT"), null));
			scopes.add(new Scope(null, null, polarity, null, null, null, null, List.of("caseloads", "workforce")));
		}
		return scopes;
	}

	@ParameterizedTest
	@MethodSource("scopes")
	void theThemeYearCellsGiveWhatTheEventsGive(Scope scope) {
		Map<String, Object> parameters = scope.parameters(Map.of("minAuthorities", 1, "samples", 3, "limit", 1000));

		List<String> fromCells = rows(RecurringThemesQueries.FROM_THEME_YEARS, parameters);

		assertThat(fromCells).containsExactlyElementsOf(rows(RecurringThemesQueries.FROM_EVENTS, parameters));
		if (scope.polarity() == Polarity.CONCERN && scope.from() == null && scope.eventKinds() == null
				&& scope.themes() == null) {
			assertThat(fromCells).anyMatch(row -> row.startsWith("caseloads [E") && row.contains("[2018, 2021] 4 "));
		}
	}

	@ParameterizedTest
	@MethodSource("scopes")
	void theRollUpByFindingKindOfEveryKindGivesWhatTheRollUpGives(Scope scope) {
		List<String> everyKind = java.util.Arrays.stream(FindingKind.values()).map(Enum::name).toList();
		Map<String, Object> parameters = scope.parameters(Map.of("minAuthorities", 1, "samples", 3, "limit", 1000));
		Map<String, Object> byKind = scope.withFindingKinds(everyKind)
			.parameters(Map.of("minAuthorities", 1, "samples", 3, "limit", 1000));

		assertThat(rows(RecurringThemesQueries.FROM_EVENTS_BY_KIND, byKind))
			.containsExactlyElementsOf(rows(RecurringThemesQueries.FROM_EVENTS, parameters));
	}

	@ParameterizedTest
	@MethodSource("scopes")
	void theThemeYearCellsByFindingKindGiveWhatTheEventsRollUpByKindGives(Scope scope) {
		for (List<String> kinds : List.of(List.of("AREA_FOR_IMPROVEMENT"), List.of("FINDING", "WEAKNESS"),
				List.of("AREA_FOR_IMPROVEMENT", "FINDING", "OVERVIEW", "WEAKNESS"))) {
			Map<String, Object> parameters = scope.withFindingKinds(kinds)
				.parameters(Map.of("minAuthorities", 1, "samples", 3, "limit", 1000));

			List<String> fromCells = rows(RecurringThemesQueries.FROM_THEME_YEAR_KINDS, parameters);

			assertThat(fromCells).as("%s", kinds)
				.containsExactlyElementsOf(rows(RecurringThemesQueries.FROM_EVENTS_BY_KIND, parameters));
		}
	}

	/** Each theme's line with its authorities' codes in order and the number of its evidence findings. */
	private List<String> rows(String cypher, Map<String, Object> parameters) {
		Map<String, Object> answer = neo4j.query(cypher).bindAll(parameters).fetch().one().orElseThrow();
		List<String> lines = new ArrayList<>();
		for (Object item : (List<?>) answer.get("themes")) {
			Map<?, ?> theme = (Map<?, ?>) item;
			List<String> authorities = new ArrayList<>(((List<?>) theme.get("authorities")).stream().map(String::valueOf).toList());
			authorities.sort(null);
			List<Long> years = new ArrayList<>(((List<?>) theme.get("years")).stream().map(y -> (Long) y).toList());
			years.sort(null);
			lines.add(theme.get("slug") + " " + authorities + " " + years + " " + theme.get("eventCount") + " "
					+ theme.get("findingCount") + " " + theme.get("firstSeen") + " " + theme.get("lastSeen") + " "
					+ ((List<?>) theme.get("evidence")).size());
		}
		List<String> named = ((List<?>) answer.get("themes")).stream()
			.flatMap(theme -> ((List<?>) ((Map<?, ?>) theme).get("authorities")).stream())
			.map(String::valueOf)
			.distinct()
			.toList();
		List<String> read = ((List<?>) answer.get("authorities")).stream()
			.map(view -> String.valueOf(((Map<?, ?>) view).get("code")))
			.toList();
		assertThat(read)
			.as("every authority the themes name, once").containsExactlyInAnyOrderElementsOf(named);
		return lines;
	}
}
