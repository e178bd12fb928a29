package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * One page to time: a name for the table, its URL below the application's {@code /} (a dashboard
 * view's hash route, or a GraphiQL link), and whether the editor must be signed in to see it.
 * {@link #inGraph} picks realistic parameters from the graph being measured: the broadest
 * recurring theme, the authority with most inspection events, the inspector with most events, the
 * person who is not an inspector and holds most roles, the document with most findings; the
 * GraphiQL link opens the recurring-themes document of docs/queries.
 */
record DashboardPage(String name, String route, boolean signedIn) {

	DashboardPage(String name, String route) {
		this(name, route, false);
	}

	private static final String BUSIEST_AUTHORITY = """
			MATCH (a:Authority)<-[:AT]-(e:Event)
			RETURN a.name AS name, count(e) AS events ORDER BY events DESC, name LIMIT 1""";

	private static final String BUSIEST_INSPECTOR = """
			MATCH (p:Person)-[:INSPECTED]->(e:Event)
			RETURN p.name AS name, count(e) AS events ORDER BY events DESC, name LIMIT 1""";

	private static final String MOST_ROLES = """
			MATCH (p:Person)-[:HELD]->(r:Role)
			WHERE NOT EXISTS { (p)-[:INSPECTED]->() }
			RETURN p.name AS name, count(r) AS roles ORDER BY roles DESC, name LIMIT 1""";

	private static final String LONGEST_DOCUMENT = """
			MATCH (f:Finding)-[:STATED_IN]->(d:Document)
			RETURN d.hash AS name, count(f) AS findings ORDER BY findings DESC, name LIMIT 1""";

	/** The dashboard's views, each with parameters picked from the graph. */
	static List<DashboardPage> inGraph(CypherReader reader, ExecutionGraphQlService graphQl) {
		String theme = broadestTheme(graphQl);
		return List.of(new DashboardPage("overview", "#/"), new DashboardPage("recurring themes", "#/themes"),
				new DashboardPage("heatmap (theme by year)", "#/heatmap"),
				new DashboardPage("theme: " + theme, "#/theme/" + segment(theme)),
				new DashboardPage("authorities", "#/authorities"),
				page("authority", "#/authority/", name(reader, BUSIEST_AUTHORITY)),
				new DashboardPage("inspectors", "#/inspectors"),
				page("inspector", "#/person/", name(reader, BUSIEST_INSPECTOR)),
				page("person", "#/person/", name(reader, MOST_ROLES)),
				new DashboardPage("document with most findings", "#/document/" + name(reader, LONGEST_DOCUMENT)),
				new DashboardPage("search: " + theme.replace('-', ' '), "#/search?q=" + segment(theme.replace('-', ' '))),
				new DashboardPage("grades (league table)", "#/grades"),
				new DashboardPage("map (latest grades)", "#/map"),
				new DashboardPage("map (share raising " + theme + ")", "#/map?by=theme&theme=" + segment(theme)),
				new DashboardPage("map (" + theme + " against neighbours)", "#/map?by=neighbours&theme=" + segment(theme)),
				new DashboardPage("ingest history", "#/history"),
				new DashboardPage("GraphiQL link: RecurringThemes", graphiqlLink("recurring-themes", "RecurringThemes")),
				new DashboardPage("upload (signed in)", "#/upload", true));
	}

	/** A GraphiQL link opening a document of docs/queries at one of its operations. */
	private static String graphiqlLink(String file, String operation) {
		try {
			String query = Files.readString(Path.of("docs/queries", file + ".graphql"));
			return "graphiql?query=" + segment(query) + "&operationName=" + segment(operation);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Run from the project directory: docs/queries/" + file + ".graphql", ex);
		}
	}

	private static DashboardPage page(String kind, String route, String name) {
		return new DashboardPage(kind + ": " + name, route + segment(name));
	}

	private static String name(CypherReader reader, String cypher) {
		return reader.one(cypher, Map.of(), row -> row.get("name").asString())
			.orElseThrow(() -> new IllegalStateException("The graph is empty: ingest a corpus first (--ingest=DIR)"));
	}

	/** The slug of the first theme {@code recurringThemes} answers, asked in process. */
	private static String broadestTheme(ExecutionGraphQlService graphQl) {
		var response = graphQl.execute(new DefaultExecutionGraphQlRequest(
				"{ recurringThemes { theme { slug } } }", null, Map.of(), Map.of(), "pick-theme", Locale.ROOT)).block();
		List<?> themes = response.field("recurringThemes").getValue();
		if (themes == null || themes.isEmpty()) {
			throw new IllegalStateException("No recurring theme in the graph: ingest a corpus first (--ingest=DIR)");
		}
		return response.field("recurringThemes[0].theme.slug").getValue();
	}

	private static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
