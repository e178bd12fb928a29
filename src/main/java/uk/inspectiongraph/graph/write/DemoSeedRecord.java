package uk.inspectiongraph.graph.write;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Remembers in the graph whether the demo seeding finished, so that a first start stopped part of
 * the way through (Ctrl-C while the demo corpus was being written) seeds the rest on the next
 * start, while a finished seeding is never repeated: a seed document an analyst deleted stays deleted.
 */
@Component
public class DemoSeedRecord {

	private final Neo4jClient neo4j;

	DemoSeedRecord(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Records that the seeding has begun (kept as it is if it had begun before). */
	public void begin() {
		neo4j.query(DemoSeedQueries.BEGIN).run();
	}

	/** Records that the seeding has offered every seed document. */
	public void finish() {
		neo4j.query(DemoSeedQueries.FINISH).run();
	}

	/**
	 * Whether the graph needs seeding: it holds no document yet, or a seeding was begun and stopped
	 * before it had offered every document.
	 */
	public boolean needed() {
		return neo4j.query(DemoSeedQueries.NEEDED).fetchAs(Boolean.class).one().orElse(false);
	}
}
