package uk.inspectiongraph.ingest;

/**
 * An upload was not read because every reader stayed busy for longer than it may wait: the client
 * should try again later (HTTP 503). Nothing of the document was read or written.
 */
public class ReadingBusyException extends RuntimeException {

	ReadingBusyException(String message) {
		super(message);
	}
}
