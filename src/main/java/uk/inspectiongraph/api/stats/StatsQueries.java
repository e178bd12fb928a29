package uk.inspectiongraph.api.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * The Cypher behind {@code graphStats}: every count comes from the database's count store (one
 * lookup per label of the model, whatever the graph's size), so asking costs the same on a large
 * graph as on the demo corpus.
 */
@Component
class StatsQueries {

	/**
	 * Each label of the graph model (docs/graph-model.md) counted from the count store. The labels
	 * are written out rather than read from {@code db.labels()} because only a label written in the
	 * statement is counted from the store; a label given as a value is counted by scanning every node.
	 * A test checks that this list covers every label the graph holds.
	 */
	static final String LABEL_COUNTS = """
			CALL () {
			  MATCH (n:Authority) RETURN 'Authority' AS label, count(n) AS count UNION ALL
			  MATCH (n:Document) RETURN 'Document' AS label, count(n) AS count UNION ALL
			  MATCH (n:Event) RETURN 'Event' AS label, count(n) AS count UNION ALL
			  MATCH (n:Judgement) RETURN 'Judgement' AS label, count(n) AS count UNION ALL
			  MATCH (n:Finding) RETURN 'Finding' AS label, count(n) AS count UNION ALL
			  MATCH (n:Theme) RETURN 'Theme' AS label, count(n) AS count UNION ALL
			  MATCH (n:Person) RETURN 'Person' AS label, count(n) AS count UNION ALL
			  MATCH (n:Role) RETURN 'Role' AS label, count(n) AS count UNION ALL
			  MATCH (n:Inspector) RETURN 'Inspector' AS label, count(n) AS count UNION ALL
			  MATCH (n:ThemeYear) RETURN 'ThemeYear' AS label, count(n) AS count UNION ALL
			  MATCH (n:ThemeYearKind) RETURN 'ThemeYearKind' AS label, count(n) AS count UNION ALL
			  MATCH (n:ThemeYearTally) RETURN 'ThemeYearTally' AS label, count(n) AS count UNION ALL
			  MATCH (n:ThemeYearKindTally) RETURN 'ThemeYearKindTally' AS label, count(n) AS count UNION ALL
			  MATCH (n:RegionYear) RETURN 'RegionYear' AS label, count(n) AS count UNION ALL
			  MATCH (n:ThemeRegionYear) RETURN 'ThemeRegionYear' AS label, count(n) AS count UNION ALL
			  MATCH (n:RegionYearPart) RETURN 'RegionYearPart' AS label, count(n) AS count UNION ALL
			  MATCH (n:ThemePair) RETURN 'ThemePair' AS label, count(n) AS count UNION ALL
			  MATCH (n:ThemePairPart) RETURN 'ThemePairPart' AS label, count(n) AS count UNION ALL
			  MATCH (n:Inspectorate) RETURN 'Inspectorate' AS label, count(n) AS count UNION ALL
			  MATCH (n:DeepDive) RETURN 'DeepDive' AS label, count(n) AS count UNION ALL
			  MATCH (n:Outcome) RETURN 'Outcome' AS label, count(n) AS count UNION ALL
			  MATCH (n:Partnership) RETURN 'Partnership' AS label, count(n) AS count UNION ALL
			  MATCH (n:HealthBody) RETURN 'HealthBody' AS label, count(n) AS count UNION ALL
			  MATCH (n:IngestRecord) RETURN 'IngestRecord' AS label, count(n) AS count UNION ALL
			  MATCH (n:DemoSeed) RETURN 'DemoSeed' AS label, count(n) AS count UNION ALL
			  MATCH (n:ReferenceData) RETURN 'ReferenceData' AS label, count(n) AS count
			}
			RETURN label, count""";

	/** Every node but the schema's migration records, and every relationship. */
	static final String TOTALS = """
			CALL () { MATCH (n) RETURN count(n) AS all }
			CALL () { MATCH (m:SchemaMigration) RETURN count(m) AS migrations }
			CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
			RETURN all - migrations AS nodes, relationships""";

	/** Findings with a vector of model {@code $model} (through its index) beside all of them (the count store). */
	static final String EMBEDDING_PROGRESS = """
			CALL () { MATCH (f:Finding) RETURN count(f) AS findings }
			CALL () { MATCH (f:Finding {embeddingModel: $model}) RETURN count(f) AS embedded }
			RETURN embedded, findings""";

	private final CypherReader cypher;

	StatsQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	/** How many findings have a vector of the model. */
	EmbeddingProgress embeddingProgress(String model) {
		return cypher.one(EMBEDDING_PROGRESS, Map.of("model", model), row -> new EmbeddingProgress(model,
				row.get("embedded").asLong(), row.get("findings").asLong())).orElseThrow();
	}

	/** The totals, and the labels the graph holds any node of, the most held first. */
	GraphStats graphStats() {
		List<GraphStats.LabelCount> labels = cypher
			.list(LABEL_COUNTS, Map.of(),
					row -> new GraphStats.LabelCount(row.get("label").asString(), row.get("count").asLong()))
			.stream()
			.filter(count -> count.count() > 0)
			.sorted(Comparator.comparingLong(GraphStats.LabelCount::count).reversed())
			.toList();
		return cypher.one(TOTALS, Map.of(), row -> new GraphStats(row.get("nodes").asLong(),
				row.get("relationships").asLong(), labels)).orElseThrow();
	}
}
