package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One analyst query to time: a GraphQL document of docs/queries, the operation in it and its
 * variables.
 */
record BenchmarkCase(String name, String document, String operation, Map<String, Object> variables) {

	/**
	 * The analyst questions, asked as the docs/queries documents ask them, after a baseline that
	 * runs no Cypher and so measures HTTP and GraphQL alone. {@code theme} and {@code authority} are
	 * the graph's broadest recurring theme and its authority with the most events.
	 */
	static List<BenchmarkCase> analystQueries(String theme, String authority) {
		return List.of(new BenchmarkCase("baseline: { __typename } (no Cypher)", "query Baseline { __typename }", "Baseline",
				Map.of()),
				of("recurringThemes", "recurring-themes", "RecurringThemes", Map.of()),
				of("themePersistence (one authority)", "persistence", "ThemePersistence", Map.of("authority", authority)),
				of("themePersistence (all authorities, limit 100)", "persistence", "ThemePersistence", Map.of("limit", 100)),
				of("themePersistence (all authorities, every row)", "persistence", "ThemePersistence", Map.of()),
				of("persistenceByAuthority (one authority)", "persistence", "PersistenceByAuthority",
						Map.of("authority", authority)),
				of("persistenceByAuthority (all authorities)", "persistence", "PersistenceByAuthority", Map.of()),
				of("themeTrend", "trends", "ThemeTrend", Map.of("theme", theme)),
				of("themeMatrix (normalised, by region)", "trends", "ThemeMatrix", Map.of("by", "REGION", "normalise", true)),
				of("coOccurringThemes", "co-occurrence", "CoOccurringThemes", Map.of("theme", theme)),
				of("gradeHistory", "judgements", "GradeHistory", Map.of()),
				of("gradeChanges", "judgements", "GradeChanges", Map.of()),
				of("inspectors (every theme raised)", "people", "Inspectors", Map.of()),
				of("inspectors (10 themes each)", "people", "Inspectors", Map.of("themes", 10)),
				of("inspectors (from 2020, 10 themes each on those visits)", "people", "Inspectors",
						Map.of("from", 2020, "themes", 10)),
				of("findings (page of 20, nested)", "findings", "Findings", Map.of("first", 20, "polarity", "CONCERN")),
				of("search", "findings", "Search", Map.of("text", theme.replace('-', ' '))));
	}

	private static BenchmarkCase of(String name, String file, String operation, Map<String, Object> variables) {
		return new BenchmarkCase(name, read(file), operation, variables);
	}

	static String read(String file) {
		try {
			return Files.readString(Path.of("docs/queries", file + ".graphql"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
