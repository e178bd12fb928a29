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
 * same five documents as a seeding before ready; {@code seeding()} is false once it is done. A
 * seeding stopped part of the way is finished on the next start, and a finished one never repeated.
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

	@Test
	void aSeedingStoppedPartOfTheWayIsFinishedOnTheNextStartAndAFinishedOneIsNotRepeated(@TempDir Path directory) {
		try (ConfigurableApplicationContext first = start(directory)) {
			await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
				.until(() -> documents(first) > 0 || !first.getBean(CorpusSeeder.class).seeding());
		}
		long seededBeforeTheStop = documentsIn(directory);
		assertThat(seededBeforeTheStop).isBetween(1L, 4L);

		try (ConfigurableApplicationContext second = start(directory)) {
			CorpusSeeder seeder = second.getBean(CorpusSeeder.class);
			assertThat(seeder.seeding()).isTrue();
			await().atMost(Duration.ofMinutes(5)).until(() -> !seeder.seeding());
			assertThat(documents(second)).isEqualTo(5L);

			String oneOfThem = second.getBean(Neo4jClient.class)
				.query("MATCH (d:Document) RETURN d.hash ORDER BY d.hash LIMIT 1")
				.fetchAs(String.class).one().orElseThrow();
			assertThat(second.getBean(IngestService.class).delete(oneOfThem)).isTrue();
		}

		try (ConfigurableApplicationContext third = start(directory)) {
			assertThat(third.getBean(CorpusSeeder.class).seeding()).isFalse();
			assertThat(documents(third)).isEqualTo(4L);
		}
	}

	private static ConfigurableApplicationContext start(Path directory) {
		return new SpringApplicationBuilder(InspectionGraphApplication.class).web(WebApplicationType.NONE)
			.run("--inspection-graph.embedded.data-directory=" + directory, "--inspection-graph.embedded.bolt-port=0",
					"--inspection-graph.seed.background=true", "--inspection-graph.embedding.background=false");
	}

	private static long documents(ConfigurableApplicationContext app) {
		return app.getBean(Neo4jClient.class).query("MATCH (d:Document) RETURN count(d)").fetchAs(Long.class).one()
			.orElseThrow();
	}

	/** The documents a stopped application left, read by starting it again with seeding off. */
	private static long documentsIn(Path directory) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--inspection-graph.embedded.data-directory=" + directory, "--inspection-graph.embedded.bolt-port=0",
					"--inspection-graph.seed.enabled=false", "--inspection-graph.embedding.background=false")) {
			return documents(app);
		}
	}
}
