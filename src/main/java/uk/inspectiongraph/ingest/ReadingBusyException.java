package uk.inspectiongraph.ingest;

import java.time.Duration;

/**
 * An upload was not read because every reader stayed busy for longer than it may wait: the client
 * should try again later (HTTP 503, after about {@link #retryAfter()}). Nothing of the document was
 * read or written.
 */
public class ReadingBusyException extends RuntimeException {

	private final Duration retryAfter;

	public ReadingBusyException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/** When trying again has a fair chance: the wait the upload was allowed. */
	public Duration retryAfter() {
		return retryAfter;
	}
}
