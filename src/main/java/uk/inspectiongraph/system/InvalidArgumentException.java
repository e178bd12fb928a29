package uk.inspectiongraph.system;

/**
 * An argument a client must fix: reported as a {@code BAD_REQUEST} GraphQL error whose message
 * says what was wrong and how to put it right.
 */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}
}
