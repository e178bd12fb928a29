package uk.inspectiongraph.ingest;


import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;

import uk.inspectiongraph.reading.ReadingLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reading settings and the bound on concurrent reads: defaults as documented, an upload that
 * finds every reader busy past the wait refused with a reason and 503, one that waits less let in.
 */
class ReadPermitsTest {

	@Test
	void withNothingConfiguredTheLimitsAreTheReadersDefaults() {
		ReadingProperties properties = bind(Map.of());

		assertThat(properties.limits()).isEqualTo(ReadingLimits.defaults());
		assertThat(properties.readers()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(properties.maxWait()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void settingsAreBoundFromTheirDocumentedNames() {
		ReadingProperties properties = bind(Map.of("inspection-graph.reading.max-stream-size", "8MB",
				"inspection-graph.reading.max-seconds", "5", "inspection-graph.reading.concurrent-reads", "3"));

		assertThat(properties.limits().maxStreamBytes()).isEqualTo(8L << 20);
		assertThat(properties.limits().maxTime()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.readers()).isEqualTo(3);
	}

	@Test
	void anUploadFindingEveryReaderBusyPastTheWaitIsRefused() throws Exception {
		ReadPermits permits = new ReadPermits(properties(1, Duration.ofMillis(200)));
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> permits.inTurn(() -> {
			reading.countDown();
			await(finish);
			return "read";
		}));
		assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

		assertThatThrownBy(() -> permits.whenFree(() -> "second")).isInstanceOf(ReadingBusyException.class)
			.hasMessageContaining("1 documents are being read")
			.hasMessageContaining("inspection-graph.reading.concurrent-reads");

		finish.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("read");
		assertThat(permits.whenFree(() -> "third")).isEqualTo("third");
	}

	private static ReadingProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings))
			.bindOrCreate("inspection-graph.reading", ReadingProperties.class);
	}

	private static ReadingProperties properties(int readers, Duration maxWait) {
		return new ReadingProperties(1_000, 2_000_000, 50_000, 1_000_000, DataSize.ofMegabytes(64), 30,
				DataSize.ofMegabytes(16), DataSize.ofMegabytes(256), readers, maxWait);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
