package uk.inspectiongraph.graph.embedding;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import uk.inspectiongraph.reading.meaning.EmbeddingModelId;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * A model loaded (and run once, so that ONNX Runtime's slow first inference is paid here) on a
 * thread of its own from the moment the application starts, so that neither the ready line nor
 * the embedded database's start waits for it; the first text to embed waits only for what is left.
 */
final class BackgroundLoadedEmbedder implements TextEmbedder {

	private final EmbeddingModelId model;

	private final CompletableFuture<TextEmbedder> loaded;

	BackgroundLoadedEmbedder(EmbeddingModelId model, Supplier<TextEmbedder> load) {
		this.model = model;
		this.loaded = CompletableFuture.supplyAsync(() -> {
			TextEmbedder embedder = load.get();
			embedder.embed("warm-up");
			return embedder;
		}, task -> {
			Thread thread = new Thread(task, "embedding-model-load");
			thread.setDaemon(true);
			thread.start();
		});
	}

	@Override
	public EmbeddingModelId model() {
		return model;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		try {
			return loaded.join().embed(texts);
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}
}
