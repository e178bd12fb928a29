package uk.inspectiongraph.api.stats;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.inspectiongraph.ingest.CorpusSeeder;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * Answers {@code graphStats}: how much the graph holds, read from the database's count store by
 * {@link StatsQueries}, so that asking costs the same on a large graph as on the demo corpus, and
 * whether the demo corpus is still being seeded after a first start (then the counts still grow), and
 * how many findings have their vector from the model in use (search by meaning covers only those).
 */
@Controller
class GraphStatsController {

	private final StatsQueries queries;

	private final CorpusSeeder seeder;

	private final TextEmbedder embedder;

	GraphStatsController(StatsQueries queries, CorpusSeeder seeder, TextEmbedder embedder) {
		this.queries = queries;
		this.seeder = seeder;
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

	@SchemaMapping(typeName = "GraphStats")
	boolean seeding(GraphStats stats) {
		return seeder.seeding();
	}
}
