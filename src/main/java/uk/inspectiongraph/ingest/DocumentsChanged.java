package uk.inspectiongraph.ingest;

/**
 * Published by {@link IngestService} once documents were written, re-extracted or deleted, and the
 * transactions doing so committed, whichever door the change came through (command line, upload,
 * GraphQL, the seed), so that whatever is held in memory about the graph can be read again.
 *
 * @param change what happened to the documents
 */
public record DocumentsChanged(Change change) {

	/** What happened to the documents. */
	public enum Change {
		/** Documents were ingested (written with their facts, or recorded as copies). */
		INGESTED,
		/** Every stored document was extracted again. */
		REINDEXED,
		/** A document was deleted with everything derived from it. */
		DELETED
	}
}
