package uk.inspectiongraph.graph.embedding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How findings get their vectors ({@code inspection-graph.embedding.*}).
 *
 * @param background whether a background thread embeds the findings that lack a vector of the
 * current model (new findings, or all of them after a change of model)
 * @param batchSize findings embedded and stored per transaction: fewer, larger batches leave the
 * vector index fewer small segments to merge (measured in docs/benchmarks.md)
 * @param idleWait how long the background thread waits before looking again when nothing is left
 * @param pace how long the background thread rests after each batch, as a multiple of the time
 * the batch took ({@code 1} embeds half the time); {@code 0} never rests. Resting keeps the rate
 * at which the backfill makes garbage low enough that the collector does not grow the heap for it
 * (measured in docs/benchmarks.md, "The backfill's peak"), and leaves the cores to the questions
 * @param yieldWindow a batch starts only once no HTTP request has been answered for this long, so
 * the backfill runs between analysts' questions, not beside them; {@code 0} never waits
 * @param maxYield the longest the backfill waits for such a pause; then it embeds one batch
 * anyway, so that unbroken traffic cannot leave new findings out of search by meaning
 * @param chunkSize a batch embeds this many findings at a time and, once a question has been
 * answered meanwhile, stops after the chunk under way and stores what it has: a large batch then
 * takes a core from the questions only briefly
 */
@ConfigurationProperties("inspection-graph.embedding")
public record EmbeddingProperties(@DefaultValue("true") boolean background, @DefaultValue("256") int batchSize,
		@DefaultValue("2s") Duration idleWait, @DefaultValue("1") double pace,
		@DefaultValue("1s") Duration yieldWindow, @DefaultValue("60s") Duration maxYield,
		@DefaultValue("32") int chunkSize) {
}
