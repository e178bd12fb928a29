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
				of("themeAmongNeighbours (every authority, the map)", "neighbours", "ThemeAmongNeighbours",
						Map.of("theme", theme)),
				of("gradeHistory", "judgements", "GradeHistory", Map.of()),
				of("gradeChanges", "judgements", "GradeChanges", Map.of()),
				of("inspectors (every theme raised)", "people", "Inspectors", Map.of()),
				of("inspectors (10 themes each)", "people", "Inspectors", Map.of("themes", 10)),
				of("inspectors (from 2020, 10 themes each on those visits)", "people", "Inspectors",
						Map.of("from", 2020, "themes", 10)),
				of("findings (page of 20, nested)", "findings", "Findings", Map.of("first", 20, "polarity", "CONCERN")),
				of("search", "findings", "Search", Map.of("text", theme.replace('-', ' '))));
	}

	/**
	 * The five questions the peer comparison asks (an authority's profile, recurring themes, a page
	 * of findings about a theme, full-text search, an inspector's visits), with one variable set
	 * each: {@code --only=peer --profile} shows each one's statements and db hits.
	 */
	static List<BenchmarkCase> peerQuestions() {
		return List.of(new BenchmarkCase("peer authority profile", """
				query AuthorityProfile($name: String!) {
				  authority(name: $name) { name events { key kind startDate endDate
				    judgements { area grade } inspectors { lead person { name } } } }
				}""", "AuthorityProfile", Map.of("name", "Stoke-on-Trent")),
				new BenchmarkCase("peer recurring themes", """
						query RecurringThemes($from: Int, $to: Int, $minAuthorities: Int) {
						  recurringThemes(from: $from, to: $to, polarity: CONCERN, minAuthorities: $minAuthorities) {
						    theme { slug name } authorityCount authorities { name } years eventCount findingCount
						    firstSeen lastSeen }
						}""", "RecurringThemes", Map.of("from", 2018, "to", 2022, "minAuthorities", 2)),
				new BenchmarkCase("peer findings page", """
						query FindingsPage($theme: ID!, $from: Int, $to: Int) {
						  findings(first: 20, from: $from, to: $to, where: { themes: [$theme] }) {
						    edges { node { id text document { title } authority { name } } } }
						}""", "FindingsPage", Map.of("theme", "caseloads", "from", 2018, "to", 2022)),
				new BenchmarkCase("peer search", """
						query Search($text: String!) {
						  search(text: $text, first: 20) { findings { score finding { id text authority { name } } } }
						}""", "Search", Map.of("text", "supervision")),
				new BenchmarkCase("peer inspector visits", """
						query InspectorVisits($name: String!) {
						  person(name: $name) { name inspections { lead event { key kind startDate authority { name } } } }
						}""", "InspectorVisits", Map.of("name", "Peter McEntee")));
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
