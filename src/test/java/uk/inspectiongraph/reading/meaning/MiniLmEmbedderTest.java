package uk.inspectiongraph.reading.meaning;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The embedder's own session (one thread, no arena, outputs read in place) gives the vectors of
 * the model artifact's own class bit for bit, so the vectors already in a graph stay valid, on
 * texts of every shape: a short question, a finding, one longer than the model's window (several
 * windows averaged), accents, quotes, symbols and a character the vocabulary lacks.
 */
class MiniLmEmbedderTest {

	private static final String FINDING = "Too many children experience frequent changes of social worker, and some "
			+ "children wait too long for a social worker to be allocated after a referral is accepted. Managers' "
			+ "oversight of these delays is not consistently effective.";

	private static MiniLmEmbedder embedder;

	@BeforeAll
	static void load() {
		embedder = MiniLmEmbedder.load();
	}

	@Test
	void givesTheArtifactsOwnVectorsBitForBit() {
		List<String> texts = List.of("children wait too long for a social worker", FINDING,
				"The local authority’s café-style “drop-in” sessions (for 16–18 year olds) — naïve ## tokens 🙂 ≥ 50%",
				(FINDING + " ").repeat(20), "a", "-");
		AllMiniLmL6V2QuantizedEmbeddingModel artifact = new AllMiniLmL6V2QuantizedEmbeddingModel();

		List<float[]> ours = embedder.embed(texts);

		assertThat(ours).hasSameSizeAs(texts);
		for (int i = 0; i < texts.size(); i++) {
			float[] theirs = artifact.embed(TextSegment.from(texts.get(i))).content().vector();
			assertThat(ours.get(i)).as(texts.get(i)).containsExactly(theirs);
		}
	}

	@Test
	void givesUnitVectorsOfTheModelsLengthAndTheSameVectorEachTime() {
		float[] once = embedder.embed(FINDING);
		float[] again = embedder.embed(List.of("another text first", FINDING)).get(1);

		assertThat(once).hasSize(MiniLmEmbedder.MODEL.dimensions()).containsExactly(again);
		double squares = 0;
		for (float value : once) {
			squares += value * value;
		}
		assertThat(squares).isCloseTo(1.0, within(1e-5));
	}

	@Test
	void aTextLongerThanTheWindowIsCutBetweenWords() {
		List<String> tokens = new java.util.ArrayList<>(List.of("[CLS]"));
		for (int i = 0; i < 509; i++) {
			tokens.add("word");
		}
		tokens.addAll(List.of("allo", "##cated", "more", "[SEP]"));

		List<List<String>> windows = MiniLmEmbedder.windows(tokens);

		assertThat(windows).extracting(List::size).containsExactly(509, 3);
		assertThat(windows.get(1)).containsExactly("allo", "##cated", "more");
	}
}
