package uk.inspectiongraph.api.protection;

/**
 * Something a client asked for by name that the graph does not hold: reported as a
 * {@code NOT_FOUND} GraphQL error naming what was asked.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
