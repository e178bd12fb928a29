package uk.inspectiongraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ingestion groups its writes. By default every document is written in a transaction of its
 * own. With {@code documentsPerTransaction} above 1, when extraction runs ahead of the writer, the
 * documents already extracted are written together, up to that many to a transaction; if such a
 * transaction fails, each of its documents is written again alone, so a document's facts still land
 * whole or not at all. Grouping is faster for large batches (see docs/benchmarks.md).
 *
 * @param documentsPerTransaction the most documents written in one transaction (1 or more)
 */
@ConfigurationProperties("inspection-graph.ingest")
public record IngestProperties(@DefaultValue("1") int documentsPerTransaction) {

	public IngestProperties {
		if (documentsPerTransaction < 1) {
			throw new IllegalArgumentException("inspection-graph.ingest.documents-per-transaction must be 1 or more (was "
					+ documentsPerTransaction + ")");
		}
	}
}
