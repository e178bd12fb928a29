package uk.inspectiongraph.system;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.GraphQlHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as a user starts it: embedded Neo4j, schema applied, the gazetteer and taxonomy
 * loaded, the demo corpus seeded, and {@code graphStats} answering through {@code /graphql}.
 */
@EmbeddedGraphTest
class SeededApplicationTest {

	@LocalServerPort
	int port;

	@Autowired
	SchemaMigrations migrations;

	@Test
	void graphStatsCountsTheSeededGraph() {
		JsonNode response = new GraphQlHttp(port).execute(GraphQlHttp.document("graphql-documents/graph-stats.graphql"));
		assertThat(response.has("errors")).as("errors in %s", response).isFalse();
		JsonNode stats = response.path("data").path("graphStats");

		Map<String, Integer> labels = new HashMap<>();
		stats.path("labels").forEach(label -> labels.put(label.path("label").asString(), label.path("count").asInt()));
		assertThat(labels).containsEntry("Document", 5).containsKeys("Event", "Finding", "Person", "Theme");
		assertThat(labels.get("Authority")).isGreaterThanOrEqualTo(150);
		assertThat(stats.path("nodeCount").asInt()).isEqualTo(labels.values().stream().mapToInt(Integer::intValue).sum()
				- labels.getOrDefault("Inspector", 0));
		assertThat(stats.path("relationshipCount").asInt()).isPositive();
	}

	@Test
	void migrationsAreNotAppliedTwice() {
		assertThat(migrations.apply()).isZero();
	}
}
