package uk.inspectiongraph.graph.embedded;

/**
 * Turns off the heap cache that the embedded Neo4j puts in front of its Lucene indexes (the
 * full-text and vector indexes), unless the JVM was started with a value of its own. Neo4j wraps
 * each such index in Lucene's {@code NRTCachingDirectory}, which keeps newly written segments, up
 * to 50 MB of them, on the heap until a checkpoint commits them to disk (every 15 minutes). On
 * JDK 17 every vector a search by meaning reads from such a segment allocates buffer views, and
 * one that spans two of its blocks throws an exception on the way: after the backfill had filled
 * the vector index, 400 searches by meaning allocated 2.65 GB and grew the heap by 340 MB. Without
 * the cache the segments are read from memory-mapped files, as after a checkpoint
 * (docs/benchmarks.md, "The backfill's peak"). The setting is Neo4j's own feature toggle, read
 * when its index storage is first used, so it is set before the database starts.
 */
final class LuceneIndexCache {

	/** Neo4j's toggle for the largest size, in MB, of the segments its Lucene indexes keep on the heap. */
	static final String MAX_CACHED_MB = "org.neo4j.kernel.api.impl.index.storage.DirectoryFactory.max_cached_mb";

	private LuceneIndexCache() {
	}

	/** Sets the cache's size to 0 unless a size was given on the command line ({@code -D}). */
	static void turnOffUnlessSet() {
		if (System.getProperty(MAX_CACHED_MB) == null) {
			System.setProperty(MAX_CACHED_MB, "0");
		}
	}
}
