package uk.inspectiongraph.graph.write;

/**
 * The Cypher of the ingest history: one {@code :IngestRecord} node per document offered, and the
 * pruning that keeps the newest records only.
 */
final class IngestRecordQueries {

	/** A record stamped with the transaction's time; {@code hash} links it to its document, if any. */
	static final String RECORD = """
			CREATE (r:IngestRecord {id: randomUUID(), at: datetime(), file: $file, outcome: $outcome,
			  reason: $reason, by: $by, door: $door, hash: $hash})""";

	/** How many records are held (read from the count store). */
	static final String COUNT = """
			MATCH (r:IngestRecord) RETURN count(r) AS held""";

	/** Deletes every record but the newest {@code $keep}. */
	static final String PRUNE = """
			MATCH (r:IngestRecord) WHERE r.at IS NOT NULL
			WITH r ORDER BY r.at DESC SKIP $keep
			DELETE r""";

	private IngestRecordQueries() {
	}
}
