package uk.inspectiongraph.graph.embedded;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import uk.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scaling out is configuration only: with {@code spring.neo4j.uri} set, no embedded database
 * starts and the application migrates, loads and seeds the database it was pointed at.
 */
class ExternalDatabaseTest {

	@Test
	void usesTheConfiguredServerInsteadOfAnEmbeddedDatabase(@TempDir Path directory) throws IOException {
		int migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migrations/V*.cypher").length;
		try (StandaloneNeo4j server = new StandaloneNeo4j(directory.resolve("server"));
				ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionGraphApplication.class)
					.web(WebApplicationType.NONE)
					.run("--spring.neo4j.uri=" + server.boltUri(), "--spring.neo4j.authentication.username=neo4j",
							"--inspection-graph.embedded.data-directory=" + directory.resolve("unused"))) {

			assertThat(app.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
			assertThat(app.getBeanNamesForType(EmbeddedBolt.class)).isEmpty();
			assertThat(migrations).isGreaterThanOrEqualTo(4);
			assertThat(server.count("SchemaMigration")).isEqualTo(migrations);
			assertThat(server.count("Document")).isEqualTo(5);
			assertThat(directory.resolve("unused")).doesNotExist();
		}
	}
}
