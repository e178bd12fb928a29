package uk.inspectiongraph.api.stats;

import uk.inspectiongraph.ingest.CorpusSeeder;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code graphStats}: how much the graph holds, read from the database's count store by
 * {@link StatsQueries}, so that asking costs the same on a large graph as on the demo corpus, and
 * whether the demo corpus is still being seeded after a first start (then the counts still grow).
 */
@Controller
class GraphStatsController {

	private final StatsQueries queries;

	private final CorpusSeeder seeder;

	GraphStatsController(StatsQueries queries, CorpusSeeder seeder) {
		this.queries = queries;
		this.seeder = seeder;
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
