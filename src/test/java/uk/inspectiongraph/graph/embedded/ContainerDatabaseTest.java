package uk.inspectiongraph.graph.embedded;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application against a Neo4j server in a container, as in production: runs only where a
 * Docker engine is available (CI without Docker skips it).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerDatabaseTest {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withRandomPassword();

	@Test
	void migratesAndSeedsTheServer() throws IOException {
		long migrationFiles = new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migrations/V*.cypher").length;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.neo4j.uri=" + neo4j.getBoltUrl(), "--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=" + neo4j.getAdminPassword())) {
			Neo4jClient client = app.getBean(Neo4jClient.class);
			long documents = client.query("MATCH (d:Document) RETURN count(d)").fetchAs(Long.class).one().orElseThrow();
			assertThat(documents).isEqualTo(5);
			assertThat(client.query("MATCH (m:SchemaMigration) RETURN count(m)").bindAll(Map.of())
				.fetchAs(Long.class).one()).contains(migrationFiles);
		}
	}
}
