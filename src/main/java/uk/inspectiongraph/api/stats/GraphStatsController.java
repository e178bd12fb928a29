package uk.inspectiongraph.api.stats;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * Answers {@code graphStats}: how much the graph holds, read from the database's count store by
 * {@link StatsQueries}, so that asking costs the same on a large graph as on the demo corpus.
 */
@Controller
class GraphStatsController {

	private final StatsQueries queries;

	private final TextEmbedder embedder;

	GraphStatsController(StatsQueries queries, TextEmbedder embedder) {
		this.queries = queries;
		this.embedder = embedder;
	}

	/** How far the findings' vectors have got, asked only when the field is. */
	@SchemaMapping(typeName = "GraphStats")
	EmbeddingProgress embeddings(GraphStats stats) {
		return queries.embeddingProgress(embedder.model().id());
	}

	@QueryMapping
	GraphStats graphStats() {
		return queries.graphStats();
	}
}
