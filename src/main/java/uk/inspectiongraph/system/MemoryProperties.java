package uk.inspectiongraph.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the process gives memory back once it is idle. The search-by-meaning backfill and bursts of
 * questions grow the garbage collector's heap to several times what the application keeps; without
 * these settings the JVM returns that memory only on a full collection, which a quiet server never
 * runs, so a laptop would carry the peak for the rest of the day.
 *
 * @param idleCollectionInterval with G1, run a concurrent collection when none has run for this long,
 *        which shrinks the heap to what the free-ratio bounds allow; {@code 0} leaves the JVM's default
 *        (never). A value given on the java command line ({@code -XX:G1PeriodicGCInterval}) wins.
 * @param maxHeapFreePercent at most this share of the heap is kept free after a collection
 *        ({@code MaxHeapFreeRatio}, JVM default 70), unless given on the command line
 * @param minHeapFreePercent at least this share is kept free ({@code MinHeapFreeRatio}, JVM default 40)
 */
@ConfigurationProperties("inspection-graph.memory")
public record MemoryProperties(@DefaultValue("15s") Duration idleCollectionInterval,
		@DefaultValue("30") int maxHeapFreePercent, @DefaultValue("10") int minHeapFreePercent) {
}
