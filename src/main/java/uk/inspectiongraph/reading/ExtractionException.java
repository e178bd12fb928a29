package uk.inspectiongraph.reading;

/**
 * A document could not be read or understood; the message says why in words a user can act on
 * (e.g. "not a PDF: the file starts with an HTML page").
 */
public class ExtractionException extends RuntimeException {

	public ExtractionException(String message) {
		super(message);
	}

	public ExtractionException(String message, Throwable cause) {
		super(message, cause);
	}
}
