package uk.inspectiongraph.graph.embedded;

import uk.inspectiongraph.graph.schema.SchemaMigrationQueries;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Neo4j, started on a thread of its own so that it boots while Spring builds the rest
 * of the application. Whatever needs the database calls {@link #await()}; the Bolt URI and login
 * are known before it runs (unless the port is picked at start), so a driver can be made at once.
 * Closing waits for a start still under way, then shuts the database down.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final CompletableFuture<DatabaseManagementService> started;

	private final BoltLogin login;

	private final EmbeddedBolt configuredBolt;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedDatabase(CompletableFuture<DatabaseManagementService> started, BoltLogin login,
			EmbeddedBolt configuredBolt) {
		this.started = started;
		this.login = login;
		this.configuredBolt = configuredBolt;
	}

	/**
	 * Checks the settings and decides the Bolt password, then starts the database in the background
	 * and returns at once.
	 */
	static EmbeddedDatabase start(EmbeddedNeo4jProperties properties) {
		requireLoopbackUnlessAllowed(properties);
		Path home = properties.dataDirectory().toAbsolutePath().normalize();
		BoltLogin login = BoltPasswordFile.login(properties, home);
		return new EmbeddedDatabase(CompletableFuture.supplyAsync(() -> startAndWarm(properties, home, login), task -> {
			Thread thread = new Thread(task, "embedded-neo4j-start");
			thread.setDaemon(true);
			thread.start();
		}), login, new EmbeddedBolt(properties.boltHost(), properties.boltPort(), login));
	}

	/** The running database, waiting for it to finish starting if need be. */
	public DatabaseManagementService await() {
		try {
			return started.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("The embedded Neo4j did not start: " + ex.getCause().getMessage(),
					ex.getCause());
		}
	}

	/** Where Bolt listens (the port is known only once the database runs, as it may have been picked). */
	public EmbeddedBolt bolt() {
		GraphDatabaseAPI system = (GraphDatabaseAPI) await().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return new EmbeddedBolt(address.getHost(), address.getPort(), login);
	}

	/**
	 * The URI a driver connects to: at once for a configured port, once the database runs for a
	 * port picked at start (0).
	 */
	URI boltUri() {
		return URI.create(configuredBolt.port() == 0 ? bolt().uri() : configuredBolt.uri());
	}

	/** The login Bolt asks for, decided before the database starts. */
	BoltLogin login() {
		return login;
	}

	@Override
	public void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		try {
			started.join().shutdown();
		}
		catch (CompletionException ex) {
			log.debug("The embedded Neo4j never started, nothing to shut down", ex.getCause());
		}
	}

	private static DatabaseManagementService startAndWarm(EmbeddedNeo4jProperties properties, Path home,
			BoltLogin login) {
		log.info("Starting embedded Neo4j in {}", home);
		long begun = System.nanoTime();
		PreviousRun.awaitPort(properties.boltHost(), properties.boltPort(), PreviousRun.WAIT);
		PreviousRun.awaitStore(home, PreviousRun.WAIT);
		EmbeddedAuthentication.offerInitialPassword(home, login);
		LuceneIndexCache.turnOffUnlessSet();
		DatabaseManagementService service = builder(home, properties).build();
		try {
			EmbeddedAuthentication.requireLogin(service, home, login);
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		log.info("Embedded Neo4j started in {} ms; Bolt asks for user {}, password in {}",
				(System.nanoTime() - begun) / 1_000_000, login.username(), login.source());
		warmUp(service);
		return service;
	}

	/**
	 * Plans the query the application asks first, while Spring is still busy: Cypher's first query
	 * loads and compiles much of the planner, and the plan stays in the query cache Bolt shares.
	 */
	private static void warmUp(DatabaseManagementService service) {
		try {
			service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
				.executeTransactionally(SchemaMigrationQueries.STATE, Map.of());
		}
		catch (RuntimeException ex) {
			log.debug("Cypher warm-up failed; the first query will plan cold", ex);
		}
	}

	private static DatabaseManagementServiceBuilder builder(Path home, EmbeddedNeo4jProperties properties) {
		return new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			// Neo4j Browser reads this (dbms.clientConfig) for its telemetry settings.
			.setConfig(ServerSettings.allow_telemetry, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2));
	}

	private static void requireLoopbackUnlessAllowed(EmbeddedNeo4jProperties properties) {
		if (properties.allowRemoteBolt()) {
			return;
		}
		try {
			if (!InetAddress.getByName(properties.boltHost()).isLoopbackAddress()) {
				throw new IllegalStateException("inspection-graph.embedded.bolt-host=" + properties.boltHost()
						+ " is not a loopback address; the embedded Bolt port would be reachable from other machines. "
						+ "Use localhost, or set inspection-graph.embedded.allow-remote-bolt=true if you really mean it.");
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("inspection-graph.embedded.bolt-host=" + properties.boltHost()
					+ " does not resolve to an address", ex);
		}
	}
}
