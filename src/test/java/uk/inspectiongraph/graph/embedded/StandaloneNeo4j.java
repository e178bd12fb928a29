package uk.inspectiongraph.graph.embedded;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j started apart from the application, as a separate server would be: its own directory
 * and Bolt port. Tests point the application at it through {@code spring.neo4j.uri}.
 */
final class StandaloneNeo4j implements AutoCloseable {

	private final DatabaseManagementService service;

	StandaloneNeo4j(Path directory) {
		// as the application's embedded Neo4j, whichever of them starts first in a test JVM
		LuceneIndexCache.turnOffUnlessSet();
		this.service = new DatabaseManagementServiceBuilder(directory)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
	}

	String boltUri() {
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return "bolt://127.0.0.1:" + address.getPort();
	}

	long count(String label) {
		GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try (var tx = db.beginTx(); var result = tx.execute("MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS c",
				java.util.Map.of("label", label))) {
			return (Long) result.next().get("c");
		}
	}

	@Override
	public void close() {
		service.shutdown();
	}
}
