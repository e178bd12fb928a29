package uk.inspectiongraph.graph.embedded;

import org.neo4j.driver.AuthToken;

/**
 * Where the embedded database's Bolt connector actually listens (the port may have been picked at
 * start) and the login it asks for.
 *
 * @param host the address Bolt listens on
 * @param port the port Bolt listens on
 * @param login the user and password Bolt asks for (left out of {@link #toString()})
 */
public record EmbeddedBolt(String host, int port, BoltLogin login) {

	public String uri() {
		return "bolt://" + host + ":" + port;
	}

	/** What a Neo4j driver sends to log in. */
	public AuthToken authToken() {
		return login.authToken();
	}
}
