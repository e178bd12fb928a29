package uk.inspectiongraph.graph.embedding;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import uk.inspectiongraph.reading.meaning.EmbeddingModelId;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * A model loaded (and run once, so that ONNX Runtime's slow first inference is paid here) on a
 * thread of its own, started once the application is ready ({@link #startLoading}) or by the
 * first text to embed, whichever comes first: the start's CPU goes to the database and the ready
 * line, and the first question waits only for what is left of the load. Closing waits for a load
 * under way: ONNX Runtime crashes the JVM if it exits while a session is being created.
 */
final class BackgroundLoadedEmbedder implements TextEmbedder, AutoCloseable {

	private static final Duration LONGEST_LOAD = Duration.ofMinutes(2);

	private final EmbeddingModelId model;

	private final Supplier<TextEmbedder> load;

	private CompletableFuture<TextEmbedder> loaded;

	BackgroundLoadedEmbedder(EmbeddingModelId model, Supplier<TextEmbedder> load) {
		this.model = model;
		this.load = load;
	}

	/** Starts loading the model in the background if no one has yet; returns at once. */
	synchronized CompletableFuture<TextEmbedder> startLoading() {
		if (loaded == null) {
			loaded = CompletableFuture.supplyAsync(this::loadAndWarm, task -> {
				Thread thread = new Thread(task, "embedding-model-load");
				thread.setDaemon(true);
				thread.start();
			});
		}
		return loaded;
	}

	private TextEmbedder loadAndWarm() {
		TextEmbedder embedder = load.get();
		embedder.embed("warm-up");
		return embedder;
	}

	/** Waits (a bounded time) for a load under way to end, so that the JVM never exits inside it. */
	@Override
	public synchronized void close() {
		if (loaded == null) {
			return;
		}
		try {
			loaded.get(LONGEST_LOAD.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// The load failed or hangs: nothing to wait for; its failure is reported to whoever embeds.
		}
	}

	@Override
	public EmbeddingModelId model() {
		return model;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		try {
			return startLoading().join().embed(texts);
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}
}
