package uk.inspectiongraph.graph.embedded;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The embedded Neo4j, when no external database is configured ({@code spring.neo4j.uri} unset):
 * the database itself, which starts in the background as soon as the bean is made, and the
 * connection details that point Spring Boot's stock driver at its Bolt port with its login. The
 * driver does not connect until first used, so the rest of the context is made while the
 * database starts, and {@link EmbeddedDatabaseReadiness} waits for it before anything uses it
 * (a Bolt port picked at start is known only once the database runs, so then the driver waits).
 * With {@code spring.neo4j.uri} set this configuration stays off and Boot's driver talks to the
 * external server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	/**
	 * Starts the database at the beginning of the context's refresh, once the bean definitions are
	 * read and before any other bean is made: the database then boots in the background while
	 * Spring makes the web server and the rest of the beans, instead of from whichever bean first
	 * needed the driver. Static, so that this configuration is not made early along with it.
	 */
	@Bean
	static BeanFactoryPostProcessor embeddedDatabaseEarlyStart() {
		return beanFactory -> beanFactory.getBean(EmbeddedDatabase.class);
	}

	/** Shut down after the driver, which depends on it through the connection details. */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedNeo4jProperties properties) {
		return EmbeddedDatabase.start(properties);
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedDatabase database) {
		return new EmbeddedNeo4jConnectionDetails(database);
	}

	@Bean
	EmbeddedDatabaseReadiness embeddedDatabaseReadiness(EmbeddedDatabase database) {
		return new EmbeddedDatabaseReadiness(database);
	}

	@Bean
	@Lazy
	EmbeddedBolt embeddedBolt(EmbeddedDatabase database) {
		return database.bolt();
	}
}
