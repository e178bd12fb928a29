package uk.inspectiongraph.reading;

/**
 * A document's text as read from its file, with the file's name, the SHA-256 of its bytes (the
 * document's identity in the graph: the same bytes are the same document) and whether the file was
 * read whole ({@link Completeness}).
 */
public record SourceText(String fileName, String contentHash, String text, Completeness completeness) {

	/** A text with nothing known of its file's completeness (plain text, or read back from the graph). */
	public SourceText(String fileName, String contentHash, String text) {
		this(fileName, contentHash, text, Completeness.UNKNOWN);
	}
}
