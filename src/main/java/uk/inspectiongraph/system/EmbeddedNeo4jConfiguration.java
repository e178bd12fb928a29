package uk.inspectiongraph.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the application's JVM when no external database is configured, and points
 * the driver at its Bolt port. Bolt listens on loopback only and has no authentication, so Neo4j
 * Browser on the same machine connects without a login; with {@code spring.neo4j.uri} set this
 * configuration stays off and Spring Boot's own driver talks to the external server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		requireLoopbackUnlessAllowed(properties);
		Path home = properties.dataDirectory().toAbsolutePath().normalize();
		log.info("Starting embedded Neo4j in {}", home);
		return new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
			.build();
	}

	@Bean
	EmbeddedBolt embeddedBolt(DatabaseManagementService service) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return new EmbeddedBolt(address.getHost(), address.getPort());
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(EmbeddedBolt bolt) {
		Config config = Config.builder().withoutEncryption().build();
		return GraphDatabase.driver(bolt.uri(), AuthTokens.none(), config);
	}

	private static void requireLoopbackUnlessAllowed(EmbeddedNeo4jProperties properties) {
		if (properties.allowRemoteBolt()) {
			return;
		}
		try {
			if (!InetAddress.getByName(properties.boltHost()).isLoopbackAddress()) {
				throw new IllegalStateException("inspection-graph.embedded.bolt-host=" + properties.boltHost()
						+ " is not a loopback address; the embedded Bolt port has no authentication. Use localhost, "
						+ "or set inspection-graph.embedded.allow-remote-bolt=true if you really mean it.");
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("inspection-graph.embedded.bolt-host=" + properties.boltHost()
					+ " does not resolve to an address", ex);
		}
	}
}
