package uk.inspectiongraph.graph.embedding;

/**
 * The Cypher of the findings' vectors: which findings still lack a vector of the current model,
 * storing a batch of vectors, and recording the model on migration V011's record.
 */
public final class EmbeddingQueries {

	/**
	 * Up to {@code $batch} findings after id {@code $after} without a vector of model
	 * {@code $model}: new ones, and those a former model embedded. The walk follows the id
	 * constraint's index in order from the cursor and stops at the batch's last finding, so a
	 * backfill reads each finding once per pass; asking from the start of the ids scanned the whole
	 * label and sorted it for every batch (quadratic in the findings, and most of the backfill's
	 * garbage).
	 */
	public static final String PENDING = """
			MATCH (f:Finding)
			USING INDEX f:Finding(id)
			WHERE f.id > $after AND (f.embeddingModel IS NULL OR f.embeddingModel <> $model)
			RETURN f.id AS id, f.text AS text
			ORDER BY f.id
			LIMIT $batch""";

	/**
	 * Stores each row's vector ({@code id}, {@code vector}) on its finding as a float array, the
	 * form the vector index {@code finding_embedding} reads, with the model that made it. A finding
	 * deleted meanwhile is skipped.
	 */
	public static final String STORE = """
			UNWIND $rows AS row
			MATCH (f:Finding {id: row.id})
			CALL db.create.setNodeVectorProperty(f, 'embedding', row.vector)
			SET f.embeddingModel = $model
			RETURN count(f) AS stored""";

	/** Records the model in use (id, name, version, dimensions) on the record of migration V011. */
	static final String RECORD_MODEL = """
			MATCH (m:SchemaMigration {version: '011'})
			SET m.embeddingModel = $model, m.embeddingModelName = $name, m.embeddingModelVersion = $version,
			    m.embeddingDimensions = $dimensions""";

	private EmbeddingQueries() {
	}
}
