package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.domain.Polarity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways the theme matrix and a theme's trend are answered agree on the seeded demo corpus:
 * from the column roll-up (every authority, by year or region) and from the events' roll-up (what
 * they read when some authorities are asked for), for every polarity, year range, kind of event,
 * set of themes and branch.
 */
@EmbeddedGraphTest
class MatrixQueriesTest {

	@Autowired
	Neo4jClient neo4j;

	/** Scopes with the trend's theme ({@code rollup}, its branch as the scope's themes) or none. */
	static List<Object[]> scopes() {
		List<Object[]> scopes = new ArrayList<>();
		for (Polarity polarity : new Polarity[] { Polarity.CONCERN, Polarity.STRENGTH, null }) {
			for (Dimension by : new Dimension[] { Dimension.YEAR, Dimension.REGION }) {
				scopes.add(new Object[] { new Scope(null, null, polarity, null, null, null, null, null), by, null });
				scopes.add(new Object[] { new Scope(2019, 2022, polarity, null, null, null, null, null), by, null });
				scopes.add(new Object[] { new Scope(null, 2018, polarity, null, null, null,
						List.of("FOCUSED_VISIT", "MONITORING_VISIT"), null), by, null });
				scopes.add(new Object[] { new Scope(null, null, polarity, null, null, null, null,
						List.of("caseloads", "workforce")), by, null });
				scopes.add(new Object[] { new Scope(null, null, polarity, null, null, null, null,
						List.of("caseloads")), by, "caseloads" });
				scopes.add(new Object[] { new Scope(2018, null, polarity, null, null, null, null,
						List.of("workforce", "caseloads", "workforce-stability", "supervision", "training-development")),
						by, "workforce" });
			}
		}
		return scopes;
	}

	@ParameterizedTest
	@MethodSource("scopes")
	void theColumnCellsGiveWhatTheEventsGive(Scope scope, Dimension by, String rollup) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("by", by.name());
		parameters.put("rollup", rollup);
		String fromEvents = scope.themes() == null ? MatrixQueries.EVERY_THEME : MatrixQueries.OF_THEMES;

		String fromColumns = MatrixQueries.statement(scope, by, rollup);
		assertThat(fromColumns).isEqualTo(rollup == null ? MatrixQueries.FROM_COLUMNS : MatrixQueries.TREND_FROM_COLUMNS);
		List<String> cells = cells(fromColumns, parameters);
		assertThat(cells).containsExactlyElementsOf(cells(fromEvents, parameters));
		assertThat(columns(fromColumns, parameters)).isNotEmpty()
			.containsExactlyElementsOf(columns(fromEvents, parameters));
		if (scope.polarity() == Polarity.CONCERN && scope.from() == null && scope.eventKinds() == null
				&& scope.themes() == null && by == Dimension.YEAR) {
			assertThat(cells).anyMatch(row -> row.startsWith("2018 caseloads "));
		}
	}

	/** Each theme's cell in a column: key, theme, events, findings. */
	private List<String> cells(String statement, Map<String, Object> parameters) {
		return neo4j.query(statement).bindAll(parameters).fetch().all().stream()
			.filter(row -> row.get("slug") != null)
			.map(row -> row.get("key") + " " + row.get("slug") + " " + row.get("name") + " " + row.get("eventCount")
					+ " " + row.get("findingCount"))
			.sorted().toList();
	}

	/** The columns: key, label, events in scope. */
	private List<String> columns(String statement, Map<String, Object> parameters) {
		return neo4j.query(statement).bindAll(parameters).fetch().all().stream()
			.map(row -> row.get("key") + " " + row.get("label") + " " + row.get("totalEvents"))
			.distinct().sorted().toList();
	}
}
