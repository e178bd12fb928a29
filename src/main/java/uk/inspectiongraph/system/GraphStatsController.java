package uk.inspectiongraph.system;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code graphStats}: how much the graph holds. */
@Controller
class GraphStatsController {

	private static final String LABEL_COUNTS = """
			MATCH (n)
			UNWIND labels(n) AS label
			WITH label WHERE label <> 'SchemaMigration'
			RETURN label, count(*) AS count""";

	private final Neo4jClient neo4j;

	GraphStatsController(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@QueryMapping
	GraphStats graphStats() {
		List<GraphStats.LabelCount> labels = neo4j.query(LABEL_COUNTS)
			.fetchAs(GraphStats.LabelCount.class)
			.mappedBy((types, row) -> new GraphStats.LabelCount(row.get("label").asString(), row.get("count").asLong()))
			.all()
			.stream()
			.filter(count -> count.count() > 0)
			.sorted(Comparator.comparingLong(GraphStats.LabelCount::count).reversed())
			.toList();
		long nodes = neo4j.query("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n)").fetchAs(Long.class).one().orElse(0L);
		long relationships = neo4j.query("MATCH ()-[r]->() RETURN count(r)").fetchAs(Long.class).one().orElse(0L);
		return new GraphStats(nodes, relationships, labels);
	}
}
