package uk.inspectiongraph.reading.meaning;

import java.util.List;

/**
 * Turns texts into unit vectors of {@link EmbeddingModelId#dimensions()} floats whose cosine
 * similarity says how alike their meaning is. The graph stores a finding's vector with the
 * {@link #model() model} that made it, so that a change of model re-embeds what the old one made.
 */
public interface TextEmbedder {

	/** The model that makes the vectors, as recorded in the graph. */
	EmbeddingModelId model();

	/** One vector per text, in order; the same text always gives the same vector. */
	List<float[]> embed(List<String> texts);

	/** The vector of one text. */
	default float[] embed(String text) {
		return embed(List.of(text)).get(0);
	}
}
