package uk.inspectiongraph.graph.schema;

/**
 * The Cypher with which {@link SchemaMigrations} keeps its record of applied versions in the graph
 * (one {@code :SchemaMigration} node per version) and waits for the indexes they create.
 */
public final class SchemaMigrationQueries {

	/**
	 * The versions applied so far ({@code applied}) and whether the graph holds nothing but their
	 * records ({@code fresh}: a first start, on which a backfill has no data to derive from). The
	 * first query every start asks, in one round trip.
	 */
	public static final String STATE = """
			OPTIONAL MATCH (m:SchemaMigration)
			WITH collect(m.version) AS applied
			OPTIONAL MATCH (n) WHERE NOT n:SchemaMigration
			WITH applied, n LIMIT 1
			RETURN applied, n IS NULL AS fresh""";

	/** Records a version as applied; parameter {@code version}. */
	static final String RECORD_APPLIED = """
			MERGE (m:SchemaMigration {version: $version}) SET m.appliedAt = datetime()""";

	/** Waits until the indexes are online, for at most {@code $seconds}. */
	static final String AWAIT_INDEXES = """
			CALL db.awaitIndexes($seconds)""";

	private SchemaMigrationQueries() {
	}
}
