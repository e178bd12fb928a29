package uk.inspectiongraph.graph.embedded;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** A second start on the same data directory reuses the data: no re-seeding, no duplicates. */
class RestartTest {

	@Test
	void secondStartReusesTheData(@TempDir Path directory) {
		Map<String, Long> first = countsAfterStart(directory);
		Map<String, Long> second = countsAfterStart(directory);

		assertThat(first.get("Document")).isEqualTo(5);
		assertThat(second).isEqualTo(first);
	}

	private static Map<String, Long> countsAfterStart(Path directory) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--inspection-graph.embedded.data-directory=" + directory, "--inspection-graph.embedded.bolt-port=0")) {
			Neo4jClient neo4j = app.getBean(Neo4jClient.class);
			return Map.of("Document", count(neo4j, "MATCH (n:Document) RETURN count(n)"), "Event",
					count(neo4j, "MATCH (n:Event) RETURN count(n)"), "Finding",
					count(neo4j, "MATCH (n:Finding) RETURN count(n)"), "Person",
					count(neo4j, "MATCH (n:Person) RETURN count(n)"), "Relationship",
					count(neo4j, "MATCH ()-[r]->() RETURN count(r)"));
		}
	}

	private static long count(Neo4jClient neo4j, String cypher) {
		return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}
}
