package uk.inspectiongraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.inspectiongraph.graph.embedding.FindingEmbeddings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backfill walks the findings from a cursor and still reaches a finding ingested behind it:
 * once a pass finds nothing more, it starts again from the first id.
 */
class FindingEmbeddingsBackfillTest extends ApiTest {

	private static final List<String> IDS = List.of("zz-backfill-1", "zz-backfill-2", "000-backfill-late",
			"zz-chunk-1", "zz-chunk-2", "zz-chunk-3");

	@Autowired
	FindingEmbeddings embeddings;

	@AfterEach
	void removeTheTestFindings() {
		neo4j.query("MATCH (f:Finding) WHERE f.id IN $ids DETACH DELETE f").bindAll(Map.of("ids", IDS)).run();
	}

	@Test
	void aFindingThatSortsBeforeTheCursorIsEmbeddedByTheNextPass() {
		create("zz-backfill-1", "Children wait too long for a social worker.");
		create("zz-backfill-2", "Care leavers are not told of their entitlements.");
		embeddings.embedPending();
		assertThat(embedded()).containsExactlyInAnyOrder("zz-backfill-1", "zz-backfill-2");

		create("000-backfill-late", "Strategy meetings do not always include the police.");

		assertThat(embeddings.embedBatch()).isOne();
		assertThat(embeddings.embedBatch()).isZero();
		assertThat(embedded()).containsExactlyInAnyOrder("zz-backfill-1", "zz-backfill-2", "000-backfill-late");
	}

	@Test
	void aBatchStopsAtTheEndOfAChunkOnceAQuestionArrivesAndTheNextBatchTakesTheRest() {
		embeddings.embedPending();
		create("zz-chunk-1", "Children wait too long for a social worker.");
		create("zz-chunk-2", "Care leavers are not told of their entitlements.");
		create("zz-chunk-3", "Strategy meetings do not always include the police.");

		assertThat(embeddings.embedBatch(256, 2, () -> false)).as("a question arrived during the first chunk").isEqualTo(2);
		assertThat(embedded()).hasSize(2);
		assertThat(embeddings.embedBatch(256, 2, () -> true)).isOne();
		assertThat(embedded()).containsExactlyInAnyOrder("zz-chunk-1", "zz-chunk-2", "zz-chunk-3");
	}

	private void create(String id, String text) {
		neo4j.query("CREATE (:Finding {id: $id, text: $text})").bindAll(Map.of("id", id, "text", text)).run();
	}

	private List<String> embedded() {
		return List.copyOf(neo4j.query("""
				MATCH (f:Finding) WHERE f.id IN $ids AND f.embeddingModel = $model AND f.embedding IS NOT NULL
				RETURN f.id""")
			.bindAll(Map.of("ids", IDS, "model", embeddings.model().id()))
			.fetchAs(String.class)
			.all());
	}
}
