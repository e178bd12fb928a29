package uk.inspectiongraph.graph.embedded;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * The user and password the embedded Neo4j's Bolt port asks for, and where a person finds the
 * password (the file it was generated into, or the setting that gave it). Its string form leaves
 * the password out, so that it cannot reach a log by accident.
 *
 * @param username the Neo4j user, always {@code neo4j}
 * @param password the password
 * @param source where the password comes from, for people: a file's path or a setting's name
 */
public record BoltLogin(String username, String password, String source) {

	/** The only user the embedded database has. */
	public static final String USERNAME = "neo4j";

	/** What the Neo4j driver sends to log in. */
	public AuthToken authToken() {
		return AuthTokens.basic(username, password);
	}

	@Override
	public String toString() {
		return "BoltLogin[username=" + username + ", password in " + source + "]";
	}
}
