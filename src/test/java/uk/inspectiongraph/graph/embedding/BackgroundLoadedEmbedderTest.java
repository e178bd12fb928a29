package uk.inspectiongraph.graph.embedding;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.reading.meaning.EmbeddingModelId;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model is not loaded until the application is ready or a text is embedded, is loaded once,
 * and closing waits for a load under way (the JVM must not exit inside ONNX Runtime's load).
 */
class BackgroundLoadedEmbedderTest {

	private static final EmbeddingModelId MODEL = new EmbeddingModelId("fake", "1", 2);

	@Test
	void nothingLoadsUntilAskedAndTheModelLoadsOnce() {
		AtomicInteger loads = new AtomicInteger();
		BackgroundLoadedEmbedder embedder = new BackgroundLoadedEmbedder(MODEL, () -> {
			loads.incrementAndGet();
			return new Fixed();
		});
		assertThat(loads).hasValue(0);

		embedder.startLoading();
		assertThat(embedder.embed("a text")).containsExactly(1f, 0f);
		embedder.embed(List.of("another", "text"));

		assertThat(loads).hasValue(1);
	}

	@Test
	void closingWaitsForTheLoadUnderWay() throws InterruptedException {
		CountDownLatch loading = new CountDownLatch(1);
		AtomicInteger finished = new AtomicInteger();
		BackgroundLoadedEmbedder embedder = new BackgroundLoadedEmbedder(MODEL, () -> {
			loading.countDown();
			sleep(300);
			finished.incrementAndGet();
			return new Fixed();
		});
		embedder.startLoading();
		loading.await();

		embedder.close();

		assertThat(finished).hasValue(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class Fixed implements TextEmbedder {

		@Override
		public EmbeddingModelId model() {
			return MODEL;
		}

		@Override
		public List<float[]> embed(List<String> texts) {
			return texts.stream().map(text -> new float[] { 1f, 0f }).toList();
		}
	}
}
