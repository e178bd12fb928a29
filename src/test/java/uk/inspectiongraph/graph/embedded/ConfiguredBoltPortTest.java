package uk.inspectiongraph.graph.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On a configured Bolt port, as in production, Spring Boot's driver is pointed at the embedded
 * database before it listens: the application still waits for the database before it migrates,
 * and a database that cannot start (its port held by another process) stops the start-up with
 * the reason, rather than a first query reaching whatever holds the port.
 */
class ConfiguredBoltPortTest {

	@Test
	void bootsDriverReachesTheEmbeddedDatabaseOnTheConfiguredPort(@TempDir Path data) throws IOException {
		int port = freePort();
		int migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migrations/V*.cypher").length;
		try (ConfigurableApplicationContext app = start(data, port)) {
			assertThat(app.getBean(Neo4jConnectionDetails.class).getUri()).isEqualTo(URI.create("bolt://localhost:" + port));
			assertThat(app.getBean(EmbeddedBolt.class).port()).isEqualTo(port);
			long applied = app.getBean(Neo4jClient.class)
				.query("MATCH (m:SchemaMigration) RETURN count(m)")
				.fetchAs(Long.class)
				.one()
				.orElseThrow();
			assertThat(applied).isEqualTo(migrations);
		}
	}

	@Test
	void aPortHeldByAnotherProcessStopsTheStartWithTheReason(@TempDir Path data) throws IOException {
		try (ServerSocket other = new ServerSocket()) {
			other.bind(new InetSocketAddress("localhost", 0));
			assertThatThrownBy(() -> start(data, other.getLocalPort()).close()).rootCause()
				.hasMessageContaining("Bolt port " + other.getLocalPort())
				.hasMessageContaining("still in use");
		}
	}

	private static ConfigurableApplicationContext start(Path data, int port) {
		return new SpringApplicationBuilder(InspectionGraphApplication.class).web(WebApplicationType.NONE)
			.run("--inspection-graph.embedded.data-directory=" + data, "--inspection-graph.embedded.bolt-port=" + port,
					"--inspection-graph.seed.enabled=false");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("localhost", 0));
			return socket.getLocalPort();
		}
	}
}
