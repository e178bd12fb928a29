package uk.inspectiongraph.api;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.api.theme.ThemeCatalog;

/**
 * The base of the API's HTTP tests: the whole application on an embedded database of its own,
 * seeding off and the background embedding of findings off, the seed-graph fixture loaded once, and a client for {@code /graphql}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "inspection-graph.embedded.bolt-port=0",
				"inspection-graph.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"inspection-graph.seed.enabled=false", "inspection-graph.embedding.background=false", "inspection-graph.security.editor-password=test-secret",
				"server.address=127.0.0.1" })
@Import(ApiTest.Counting.class)
abstract class ApiTest {

	private static boolean loaded;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ThemeCatalog themes;

	@Autowired
	CypherCounter cypherCounter;

	GraphQlHttp graphql;

	@BeforeEach
	void loadFixtureOnce() {
		graphql = new GraphQlHttp(port);
		synchronized (ApiTest.class) {
			if (!loaded) {
				reloadFixture();
			}
		}
	}

	void reloadFixture() {
		SeedGraphFixture.load(neo4j, themes);
		loaded = true;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static CypherCounter cypherCounter() {
			return new CypherCounter();
		}
	}
}
