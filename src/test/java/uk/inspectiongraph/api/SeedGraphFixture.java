package uk.inspectiongraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.graph.write.EventRollupQueries;
import uk.inspectiongraph.graph.write.PersonRollupQueries;
import uk.inspectiongraph.graph.write.ThemeYearRollupQueries;
import uk.inspectiongraph.api.theme.ThemeCatalog;
import uk.inspectiongraph.graph.embedding.EmbeddingQueries;
import uk.inspectiongraph.reading.meaning.MiniLmEmbedder;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * Loads {@code fixtures/seed-graph.cypher}: the graph the five seed documents should produce,
 * written by hand per docs/graph-model.md, with the seed documents' real texts, then the events'
 * roll-ups computed by the writer's own statements ({@link EventRollupQueries#REFRESH}, then
 * the rebuilds {@link PersonRollupQueries#REFRESH_ALL} and {@link ThemeYearRollupQueries#REFRESH_ALL}), and each finding's vector by the application's model. Replaces
 * whatever the graph held (except the schema).
 */
public final class SeedGraphFixture {

	private static TextEmbedder embedder;

	private SeedGraphFixture() {
	}

	public static void load(Neo4jClient neo4j, ThemeCatalog themes) {
		Map<String, Object> parameters = Map.of("texts", seedTexts());
		Arrays.stream(read(new ClassPathResource("fixtures/seed-graph.cypher")).split(";\\s*\\n"))
			.map(SeedGraphFixture::withoutComments)
			.filter(statement -> !statement.isBlank())
			.forEach(statement -> neo4j.query(statement).bindAll(parameters).run());
		List<String> events = List.copyOf(neo4j.query("MATCH (e:Event) RETURN e.key").fetchAs(String.class).all());
		neo4j.query(EventRollupQueries.REFRESH).bindAll(EventRollupQueries.parameters(events)).run();
		neo4j.query(PersonRollupQueries.REFRESH_ALL).run();
		neo4j.query(ThemeYearRollupQueries.REFRESH_ALL).run();
		neo4j.query(uk.inspectiongraph.graph.write.ColumnRollupQueries.REFRESH_ALL).run();
		neo4j.query(uk.inspectiongraph.graph.write.ThemePairRollupQueries.REFRESH_ALL).run();
		themes.refresh();
		embedFindings(neo4j);
	}

	/**
	 * Gives every finding its vector, with the application's model and the backfill's statements
	 * (the tests run with the background backfill off, so that nothing writes beside them).
	 */
	private static void embedFindings(Neo4jClient neo4j) {
		String model = MiniLmEmbedder.MODEL.id();
		List<Map<String, Object>> pending = List.copyOf(neo4j.query(EmbeddingQueries.PENDING)
			.bindAll(Map.of("model", model, "batch", Integer.MAX_VALUE, "after", ""))
			.fetch()
			.all());
		List<float[]> vectors = embedder().embed(pending.stream().map(row -> (String) row.get("text")).toList());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			rows.add(Map.of("id", pending.get(i).get("id"), "vector", vectors.get(i)));
		}
		neo4j.query(EmbeddingQueries.STORE).bindAll(Map.of("rows", rows, "model", model)).run();
	}

	private static synchronized TextEmbedder embedder() {
		if (embedder == null) {
			embedder = MiniLmEmbedder.load();
		}
		return embedder;
	}

	private static Map<String, String> seedTexts() {
		Map<String, String> texts = new HashMap<>();
		try {
			for (Resource document : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graph-seed/documents/*.txt")) {
				texts.put(document.getFilename(), read(document));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

	private static String withoutComments(String statement) {
		return String.join("\n", statement.lines().filter(line -> !line.strip().startsWith("//")).toList());
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
