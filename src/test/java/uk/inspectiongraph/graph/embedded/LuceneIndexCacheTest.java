package uk.inspectiongraph.graph.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded Neo4j writes its Lucene indexes' new segments to files, where searches read them
 * memory-mapped, rather than keeping them on the heap until the next checkpoint
 * ({@link LuceneIndexCache}): once vectors are written and searched, the vector index's folder
 * holds their segment files.
 */
class LuceneIndexCacheTest {

	@Test
	void newVectorIndexSegmentsAreFilesNotHeap(@TempDir Path data) throws IOException {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--inspection-graph.embedded.data-directory=" + data, "--inspection-graph.embedded.bolt-port=0",
					"--inspection-graph.seed.enabled=false", "--inspection-graph.embedding.background=false")) {
			Neo4jClient neo4j = app.getBean(Neo4jClient.class);
			List<Double> vector = IntStream.range(0, 384).mapToObj(i -> i % 7 == 0 ? 1.0 : 0.1).toList();
			neo4j.query("UNWIND range(1, 50) AS i CREATE (:Finding {id: 'cache-test-' + i, embedding: $vector})")
				.bindAll(Map.of("vector", vector)).run();

			assertThat(neo4j.query("CALL db.index.vector.queryNodes('finding_embedding', 5, $vector) YIELD node RETURN count(node)")
				.bindAll(Map.of("vector", vector)).fetchAs(Long.class).one()).contains(5L);

			assertThat(segmentFiles(data.resolve("data/databases/neo4j/schema/index/vector-2.0")))
				.as("segment files of the vector index on disk").isNotEmpty();
		}
	}

	private static List<Path> segmentFiles(Path index) throws IOException {
		try (Stream<Path> files = Files.walk(index)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".si")).toList();
		}
	}
}
