package uk.inspectiongraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Start-up seeding: when the graph holds no document, the documents at {@code location} are
 * ingested.
 *
 * @param enabled whether to seed an empty graph at start-up
 * @param location a Spring resource pattern for the seed documents
 * @param background seed after the application is ready, on a thread of its own, instead of before
 */
@ConfigurationProperties("inspection-graph.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath*:graph-seed/documents/*") String location, @DefaultValue("false") boolean background) {
}
