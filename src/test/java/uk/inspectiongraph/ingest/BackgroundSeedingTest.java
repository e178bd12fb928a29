package uk.inspectiongraph.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code inspection-graph.seed.background} (what the {@code run} command sets), the demo corpus
 * is seeded after the application has started, on a thread of its own, and the graph ends with the
 * same five documents as a seeding before ready; {@code seeding()} is false once it is done.
 */
class BackgroundSeedingTest {

	@Test
	void seedsTheFiveDocumentsAfterStart(@TempDir Path directory) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--inspection-graph.embedded.data-directory=" + directory, "--inspection-graph.embedded.bolt-port=0",
					"--inspection-graph.seed.background=true")) {
			CorpusSeeder seeder = app.getBean(CorpusSeeder.class);
			Neo4jClient neo4j = app.getBean(Neo4jClient.class);

			await().atMost(Duration.ofMinutes(5)).until(() -> !seeder.seeding());

			assertThat(neo4j.query("MATCH (d:Document) RETURN count(d)").fetchAs(Long.class).one()).contains(5L);
		}
	}

	@Test
	void stoppingWhileSeedingDoesNotWaitForTheDocumentBeingWritten(@TempDir Path directory) {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--inspection-graph.embedded.data-directory=" + directory, "--inspection-graph.embedded.bolt-port=0",
					"--inspection-graph.seed.background=true", "--inspection-graph.embedding.background=false");
		assertThat(app.getBean(CorpusSeeder.class).seeding()).isTrue();

		long begun = System.nanoTime();
		app.close();

		assertThat(Duration.ofNanos(System.nanoTime() - begun)).isLessThan(Duration.ofSeconds(10));
	}
}
