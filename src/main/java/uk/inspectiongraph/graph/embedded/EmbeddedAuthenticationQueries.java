package uk.inspectiongraph.graph.embedded;

/**
 * The Cypher that sets the embedded Neo4j's Bolt password, run against its {@code system} database.
 * Kept apart so that every statement the application runs is a named, parameterised constant.
 */
final class EmbeddedAuthenticationQueries {

	/** Sets a user's password, no change required at next login; parameters {@code user}, {@code password}. */
	static final String SET_PASSWORD = """
			ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED""";

	private EmbeddedAuthenticationQueries() {
	}
}
