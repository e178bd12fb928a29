package uk.inspectiongraph.reading;

/**
 * A document was refused because reading it would cost more than a {@link ReadingLimits} allows;
 * the message says which limit and names the setting that raises it.
 */
public class ReadingLimitException extends ExtractionException {

	public ReadingLimitException(String message) {
		super(message);
	}
}
