package uk.inspectiongraph.graph.embedded;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Points the driver at the embedded Neo4j's Bolt port when no external database is configured.
 * The database itself is started early, in the background, by {@link EmbeddedNeo4jStarter}; the
 * driver connects on first use, so nothing here waits for it, and logs in with the password Bolt
 * asks for ({@link BoltLogin}); with {@code spring.neo4j.uri} set this configuration stays off and Spring Boot's own driver talks to
 * the external server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean
	@Lazy
	EmbeddedBolt embeddedBolt(EmbeddedDatabase database) {
		return database.bolt();
	}

	/** Closed before the database shuts down, as it depends on it. */
	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedDatabase database) {
		Config config = Config.builder().withoutEncryption().build();
		return LazyDriver.of(() -> {
			EmbeddedBolt bolt = database.bolt();
			return GraphDatabase.driver(bolt.uri(), bolt.authToken(), config);
		});
	}
}
