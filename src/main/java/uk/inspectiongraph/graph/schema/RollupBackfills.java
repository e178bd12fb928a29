package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.graph.write.ColumnRollupQueries;
import uk.inspectiongraph.graph.write.EventRollupQueries;
import uk.inspectiongraph.graph.write.PersonRollupQueries;
import uk.inspectiongraph.graph.write.ThemePairRollupQueries;
import uk.inspectiongraph.graph.write.ThemeYearRollupQueries;

import java.util.List;
import java.util.Map;

/**
 * The roll-ups that a migration recomputes over the whole graph, by the migration's version. A
 * graph ingested before a roll-up existed, or before it changed, gets it from the very statement
 * the writer keeps it with ({@code REFRESH_ALL} of the roll-up class), so each roll-up's Cypher is
 * written once. A version's backfill runs after the statements of its file, whose comments say so.
 */
final class RollupBackfills {

	private static final Map<String, List<String>> BY_VERSION = Map.of(
			"004", List.of(EventRollupQueries.REFRESH_ALL),
			"005", List.of(PersonRollupQueries.REFRESH_ALL),
			"006", List.of(ThemeYearRollupQueries.REFRESH_ALL),
			"007", List.of(PersonRollupQueries.REFRESH_ALL),
			"009", List.of(EventRollupQueries.REFRESH_ALL, ThemeYearRollupQueries.REFRESH_ALL),
			"014", List.of(ThemeYearRollupQueries.REFRESH_ALL, PersonRollupQueries.REFRESH_ALL),
			"015", List.of(ThemeYearRollupQueries.REFRESH_ALL),
			"016", List.of(ColumnRollupQueries.REFRESH_ALL),
			"017", List.of(ThemePairRollupQueries.REFRESH_ALL),
			"019", List.of(PersonRollupQueries.REFRESH_ALL));

	private RollupBackfills() {
	}

	/** The backfill statements of a migration version, none for most. */
	static List<String> of(String version) {
		return BY_VERSION.getOrDefault(version, List.of());
	}

	/** The versions that have a backfill. */
	static List<String> versions() {
		return BY_VERSION.keySet().stream().sorted().toList();
	}
}
