package uk.inspectiongraph.graph.embedding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How findings get their vectors ({@code inspection-graph.embedding.*}).
 *
 * @param background whether a background thread embeds the findings that lack a vector of the
 * current model (new findings, or all of them after a change of model)
 * @param batchSize findings embedded and stored per transaction
 * @param idleWait how long the background thread waits before looking again when nothing is left
 */
@ConfigurationProperties("inspection-graph.embedding")
public record EmbeddingProperties(@DefaultValue("true") boolean background, @DefaultValue("32") int batchSize,
		@DefaultValue("2s") Duration idleWait) {
}
