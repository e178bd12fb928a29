package uk.inspectiongraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much ingest history is kept: the newest {@code keep} records (10,000 by default, a few
 * megabytes); older ones are deleted as new ones arrive.
 *
 * @param keep the most records held (1 or more)
 */
@ConfigurationProperties("inspection-graph.ingest.history")
public record IngestHistoryProperties(@DefaultValue("10000") int keep) {

	public IngestHistoryProperties {
		if (keep < 1) {
			throw new IllegalArgumentException("inspection-graph.ingest.history.keep must be 1 or more (was " + keep + ")");
		}
	}
}
