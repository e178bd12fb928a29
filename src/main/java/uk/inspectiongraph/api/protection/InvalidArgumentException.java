package uk.inspectiongraph.api.protection;

/**
 * An argument a client must fix: reported as a {@code BAD_REQUEST} GraphQL error whose message
 * says what was wrong and how to put it right.
 */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

	/** Checks an optional count such as a {@code limit}: absent, zero or more is fine; a negative one is refused. */
	public static void requireNotNegative(String name, Integer value) {
		if (value != null && value < 0) {
			throw new InvalidArgumentException(name + " must not be negative (was " + value + "): leave it out or give 0 or more.");
		}
	}
}
