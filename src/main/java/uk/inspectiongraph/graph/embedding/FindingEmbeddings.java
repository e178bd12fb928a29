package uk.inspectiongraph.graph.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.inspectiongraph.reading.meaning.EmbeddingModelId;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * Gives findings their vectors, a batch at a time: reads findings that lack a vector of the
 * current model, embeds their texts outside any transaction (the slow part), then stores the
 * batch in one short transaction. The state lives in the graph (each finding's
 * {@code embeddingModel}), so the work resumes wherever it was stopped, and a change of model
 * re-embeds every finding. Batches walk the findings in id order from a cursor, which goes back
 * to the start once a pass finds nothing more (findings ingested meanwhile may sort before it).
 * One batch runs at a time.
 */
@Component
public class FindingEmbeddings {

	private final Neo4jClient neo4j;

	private final TextEmbedder embedder;

	private final TransactionTemplate transactions;

	private final EmbeddingProperties properties;

	/** The id of the last finding the current pass embedded; empty at the start of a pass. */
	private String cursor = "";

	FindingEmbeddings(Neo4jClient neo4j, TextEmbedder embedder, TransactionTemplate transactions,
			EmbeddingProperties properties) {
		this.neo4j = neo4j;
		this.embedder = embedder;
		this.transactions = transactions;
		this.properties = properties;
	}

	/** Embeds every finding still lacking a vector of the current model; returns how many. */
	public int embedPending() {
		int total = 0;
		for (int stored = embedBatch(); stored > 0; stored = embedBatch()) {
			total += stored;
		}
		return total;
	}

	/** Embeds one batch; returns how many findings it embedded (0 when none was pending; one deleted meanwhile is skipped). */
	public synchronized int embedBatch() {
		List<Map<String, Object>> pending = pending();
		if (pending.isEmpty() && !cursor.isEmpty()) {
			cursor = "";
			pending = pending();
		}
		if (pending.isEmpty()) {
			return 0;
		}
		cursor = (String) pending.get(pending.size() - 1).get("id");
		List<float[]> vectors = embedder.embed(pending.stream().map(row -> (String) row.get("text")).toList());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			rows.add(Map.of("id", pending.get(i).get("id"), "vector", vectors.get(i)));
		}
		transactions.executeWithoutResult(status -> neo4j.query(EmbeddingQueries.STORE)
			.bindAll(Map.of("rows", rows, "model", model().id()))
			.run());
		return pending.size();
	}

	/** Records the current model on the schema's record, so the graph says which model its vectors are of. */
	public void recordModel() {
		EmbeddingModelId model = model();
		neo4j.query(EmbeddingQueries.RECORD_MODEL)
			.bindAll(Map.of("model", model.id(), "name", model.name(), "version", model.version(), "dimensions",
					model.dimensions()))
			.run();
	}

	/** The model whose vectors the graph is given. */
	public EmbeddingModelId model() {
		return embedder.model();
	}

	private List<Map<String, Object>> pending() {
		return List.copyOf(neo4j.query(EmbeddingQueries.PENDING)
			.bindAll(Map.of("model", model().id(), "batch", properties.batchSize(), "after", cursor))
			.fetch()
			.all());
	}
}
