package uk.inspectiongraph.graph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

/**
 * Where Spring Boot's own Neo4j driver connects when the database is the embedded one: its Bolt
 * URI and the login Bolt asks for ({@link BoltLogin}). With this bean present Boot's
 * auto-configuration makes the driver as it would for an external server, and leaves the
 * {@code spring.neo4j.*} connection settings aside.
 */
final class EmbeddedNeo4jConnectionDetails implements Neo4jConnectionDetails {

	private final EmbeddedDatabase database;

	EmbeddedNeo4jConnectionDetails(EmbeddedDatabase database) {
		this.database = database;
	}

	@Override
	public URI getUri() {
		return database.boltUri();
	}

	@Override
	public AuthToken getAuthToken() {
		return database.login().authToken();
	}
}
