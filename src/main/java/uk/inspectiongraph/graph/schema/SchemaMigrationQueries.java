package uk.inspectiongraph.graph.schema;

/**
 * The Cypher with which {@link SchemaMigrations} keeps its record of applied versions in the graph
 * (one {@code :SchemaMigration} node per version) and waits for the indexes they create.
 */
public final class SchemaMigrationQueries {

	/** Whether a version is applied; parameter {@code version}. The first query every start asks. */
	public static final String IS_APPLIED = """
			MATCH (m:SchemaMigration {version: $version}) RETURN count(m) > 0 AS applied""";

	/**
	 * Whether the graph holds nothing but the migrations' own records: a first start, on which a
	 * backfill has no data to derive from.
	 */
	static final String IS_FRESH = """
			OPTIONAL MATCH (n) WHERE NOT n:SchemaMigration
			WITH n LIMIT 1
			RETURN n IS NULL AS fresh""";

	/** Records a version as applied; parameter {@code version}. */
	static final String RECORD_APPLIED = """
			MERGE (m:SchemaMigration {version: $version}) SET m.appliedAt = datetime()""";

	/** Waits until the indexes are online, for at most {@code $seconds}. */
	static final String AWAIT_INDEXES = """
			CALL db.awaitIndexes($seconds)""";

	private SchemaMigrationQueries() {
	}
}
