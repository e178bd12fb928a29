package uk.inspectiongraph.graph.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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

	/**
	 * Embeds one whole batch of {@code batch-size}, {@code chunk-size} at a time as the backfill
	 * does; returns how many findings it embedded (0 when none was pending; one deleted meanwhile is skipped).
	 */
	public int embedBatch() {
		return embedBatch(properties.batchSize(), properties.chunkSize(), () -> true);
	}

	/**
	 * Reads up to {@code size} findings lacking a vector and embeds them {@code chunk} at a time,
	 * going on to the next chunk only while {@code goOn} says so, then stores what it embedded in
	 * one transaction; returns how many. The rest are read again by the next batch.
	 */
	public synchronized int embedBatch(int size, int chunk, BooleanSupplier goOn) {
		List<Map<String, Object>> pending = pending(size);
		if (pending.isEmpty() && !cursor.isEmpty()) {
			cursor = "";
			pending = pending(size);
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int from = 0; from < pending.size() && (from == 0 || goOn.getAsBoolean()); from += chunk) {
			List<Map<String, Object>> part = pending.subList(from, Math.min(pending.size(), from + chunk));
			List<float[]> vectors = embedder.embed(part.stream().map(row -> (String) row.get("text")).toList());
			for (int i = 0; i < part.size(); i++) {
				rows.add(Map.of("id", part.get(i).get("id"), "vector", vectors.get(i)));
			}
		}
		if (rows.isEmpty()) {
			return 0;
		}
		cursor = (String) rows.get(rows.size() - 1).get("id");
		transactions.executeWithoutResult(status -> neo4j.query(EmbeddingQueries.STORE)
			.bindAll(Map.of("rows", rows, "model", model().id()))
			.run());
		return rows.size();
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

	private List<Map<String, Object>> pending(int size) {
		return List.copyOf(neo4j.query(EmbeddingQueries.PENDING)
			.bindAll(Map.of("model", model().id(), "batch", size, "after", cursor))
			.fetch()
			.all());
	}
}
