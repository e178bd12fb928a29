package uk.inspectiongraph.graph.embedding;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import uk.inspectiongraph.reading.meaning.EmbeddingModelId;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

/**
 * A model loaded (and run once, so that ONNX Runtime's slow first inference is paid here) on a
 * thread of its own, started once the application is ready ({@link #startLoading}) or by the
 * first text to embed, whichever comes first: the start's CPU goes to the database and the ready
 * line, and the first question waits only for what is left of the load. The load is a few steps,
 * some native; closing stops it at the next step and waits for the one under way only (ONNX
 * Runtime crashes the JVM if it exits while a session is being created), so that a stop right
 * after a start is prompt. A thread waiting for the model stops waiting when interrupted.
 */
final class BackgroundLoadedEmbedder implements TextEmbedder, AutoCloseable {

	private static final Duration LONGEST_STEP = Duration.ofMinutes(2);

	private final EmbeddingModelId model;

	private final Function<BooleanSupplier, TextEmbedder> load;

	private volatile boolean closing;

	private CompletableFuture<TextEmbedder> loaded;

	/**
	 * @param load loads the model, giving up with a {@link CancellationException} between its steps
	 * once the {@link BooleanSupplier} it is given says the application is stopping
	 */
	BackgroundLoadedEmbedder(EmbeddingModelId model, Function<BooleanSupplier, TextEmbedder> load) {
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
		TextEmbedder embedder = load.apply(() -> closing);
		if (closing) {
			throw new CancellationException("The application is stopping: the embedding model was not warmed");
		}
		embedder.embed("warm-up");
		return embedder;
	}

	/** Stops a load under way at its next step and waits (a bounded time) for the step it is in. */
	@Override
	public void close() {
		closing = true;
		CompletableFuture<TextEmbedder> underWay;
		synchronized (this) {
			underWay = loaded;
		}
		if (underWay == null) {
			return;
		}
		try {
			underWay.get(LONGEST_STEP.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | CancellationException | TimeoutException ex) {
			// Stopped, failed or hanging: nothing more to wait for; a failure is reported to whoever embeds.
		}
	}

	@Override
	public EmbeddingModelId model() {
		return model;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		try {
			return startLoading().get().embed(texts);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the embedding model to load", ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause
					: new IllegalStateException("The embedding model did not load", ex.getCause());
		}
	}
}
