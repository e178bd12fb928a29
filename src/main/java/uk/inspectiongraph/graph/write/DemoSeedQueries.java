package uk.inspectiongraph.graph.write;

/**
 * The Cypher of the demo seeding's record: one {@code :DemoSeed} node, {@code complete} false
 * from the seeding's first document until its last has been offered.
 */
final class DemoSeedQueries {

	/** Records that a seeding has begun, unless one was recorded before. */
	static final String BEGIN = """
			MERGE (s:DemoSeed)
			ON CREATE SET s.complete = false, s.begun = datetime()""";

	/** Records that the seeding has offered every document. */
	static final String FINISH = """
			MERGE (s:DemoSeed)
			SET s.complete = true, s.finished = datetime()""";

	/** Whether the graph needs seeding: it holds no document, or a seeding was begun and not finished. */
	static final String NEEDED = """
			OPTIONAL MATCH (s:DemoSeed)
			RETURN NOT EXISTS { MATCH (:Document) } OR coalesce(NOT s.complete, false)""";

	private DemoSeedQueries() {
	}
}
