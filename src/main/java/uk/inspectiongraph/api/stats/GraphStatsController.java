package uk.inspectiongraph.api.stats;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code graphStats}: how much the graph holds, read from the database's count store by
 * {@link StatsQueries}, so that asking costs the same on a large graph as on the demo corpus.
 */
@Controller
class GraphStatsController {

	private final StatsQueries queries;

	GraphStatsController(StatsQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	GraphStats graphStats() {
		return queries.graphStats();
	}
}
