package uk.inspectiongraph.reading;

/**
 * Whether a document's file was read whole: a PDF cut short (no end-of-file marker or trailer,
 * fewer pages than it declares, pages whose content is missing) still yields the text of the pages
 * that survive, and would otherwise be taken for the whole publication. Ingestion records this on
 * the document and warns about it, and prefers a complete copy of a publication to an incomplete one.
 *
 * @param pageCount the pages read, null for plain text or when unknown
 * @param complete false when the file is known to be cut short or damaged
 * @param problem what is missing, when not complete
 */
public record Completeness(Integer pageCount, boolean complete, String problem) {

	/** A text file, or a text read back from the graph with nothing known of its file. */
	public static final Completeness UNKNOWN = new Completeness(null, true, null);

	/** A file read whole, with this many pages. */
	public static Completeness whole(Integer pageCount) {
		return new Completeness(pageCount, true, null);
	}

	/** A file found incomplete for the reason given. */
	public static Completeness incomplete(Integer pageCount, String problem) {
		return new Completeness(pageCount, false, problem);
	}
}
