package uk.inspectiongraph.graph.embedding;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.reading.meaning.EmbeddingModelId;
import uk.inspectiongraph.reading.meaning.TextEmbedder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The model is not loaded until the application is ready or a text is embedded, is loaded once;
 * closing waits for the step of the load under way (the JVM must not exit inside ONNX Runtime's
 * load) but not for the steps after it, and a thread waiting for the model can be interrupted.
 */
class BackgroundLoadedEmbedderTest {

	private static final EmbeddingModelId MODEL = new EmbeddingModelId("fake", "1", 2);

	@Test
	void nothingLoadsUntilAskedAndTheModelLoadsOnce() {
		AtomicInteger loads = new AtomicInteger();
		BackgroundLoadedEmbedder embedder = new BackgroundLoadedEmbedder(MODEL, stopping -> {
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
		AtomicInteger stepsRun = new AtomicInteger();
		BackgroundLoadedEmbedder embedder = loadingInSteps(1, stepsRun);

		embedder.close();

		assertThat(stepsRun).hasValue(1);
	}

	@Test
	void closingStopsTheLoadAtItsNextStepInsteadOfWaitingForAllOfIt() throws InterruptedException {
		AtomicInteger stepsRun = new AtomicInteger();
		BackgroundLoadedEmbedder embedder = loadingInSteps(3, stepsRun);

		long begun = System.nanoTime();
		embedder.close();

		assertThat(Duration.ofNanos(System.nanoTime() - begun)).isLessThan(Duration.ofSeconds(5));
		assertThat(stepsRun).as("the step under way ends, no other starts").hasValue(1);
		assertThatThrownBy(() -> embedder.embed("a text")).isInstanceOf(CancellationException.class);
	}

	/**
	 * An embedder whose load has begun: its first step takes 300 ms, each of the others 20 s and
	 * starts only if the application is not stopping; {@code stepsRun} counts the steps that ended.
	 */
	private static BackgroundLoadedEmbedder loadingInSteps(int steps, AtomicInteger stepsRun)
			throws InterruptedException {
		CountDownLatch loading = new CountDownLatch(1);
		BackgroundLoadedEmbedder embedder = new BackgroundLoadedEmbedder(MODEL, stopping -> {
			loading.countDown();
			sleep(300);
			stepsRun.incrementAndGet();
			for (int step = 1; step < steps; step++) {
				if (stopping.getAsBoolean()) {
					throw new CancellationException("stopping");
				}
				sleep(20_000);
				stepsRun.incrementAndGet();
			}
			return new Fixed();
		});
		embedder.startLoading();
		loading.await();
		return embedder;
	}

	@Test
	void aThreadWaitingForTheModelStopsWaitingWhenInterrupted() throws InterruptedException {
		CountDownLatch never = new CountDownLatch(1);
		BackgroundLoadedEmbedder embedder = new BackgroundLoadedEmbedder(MODEL, stopping -> {
			awaitQuietly(never);
			return new Fixed();
		});
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread waiting = new Thread(() -> {
			try {
				embedder.embed("a text");
			}
			catch (RuntimeException ex) {
				failure.set(ex);
			}
		});
		waiting.start();
		Thread.sleep(200);

		waiting.interrupt();
		waiting.join(5_000);

		assertThat(waiting.isAlive()).isFalse();
		assertThat(failure.get()).hasMessageContaining("Interrupted");
		never.countDown();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
