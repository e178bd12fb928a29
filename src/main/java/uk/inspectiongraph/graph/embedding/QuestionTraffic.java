package uk.inspectiongraph.graph.embedding;

import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.RequestHandledEvent;

/**
 * Tells the background embedding when analysts are asking questions, so that it gives them the
 * cores: Spring's dispatcher announces every HTTP request it has answered, and while one came
 * within {@code inspection-graph.embedding.yield-window} the backfill waits before its next batch.
 * Its garbage then no longer adds to the requests' (the query warm-up's 1,500 requests beside a
 * corpus's backfill had the collector grow the heap for both: docs/benchmarks.md, "The backfill's
 * peak"), and a benchmark or a busy dashboard is not slowed by it. Unbroken traffic cannot starve
 * the backfill: after {@code max-yield} of waiting it embeds one batch anyway.
 */
@Component
class QuestionTraffic {

	private final EmbeddingProperties properties;

	private volatile long lastAnswered;

	private volatile boolean answeredAny;

	QuestionTraffic(EmbeddingProperties properties) {
		this.properties = properties;
	}

	@EventListener
	void onRequestHandled(RequestHandledEvent answered) {
		requestAnswered(System.nanoTime());
	}

	/** Records that a request was answered at {@code nanoTime}. */
	void requestAnswered(long nanoTime) {
		lastAnswered = nanoTime;
		answeredAny = true;
	}

	/** Whether no request has been answered within the yield window before {@code now}. */
	boolean quietAt(long now) {
		long window = properties.yieldWindow().toNanos();
		return !answeredAny || window <= 0 || now - lastAnswered >= window;
	}

	/**
	 * How long the backfill should wait at {@code now} before its next batch, having waited since
	 * {@code waitingSince}: until the yield window after the last answered request has passed, and
	 * never beyond {@code max-yield} in a row (zero: go ahead).
	 */
	Duration waitBeforeBatch(long now, long waitingSince) {
		if (quietAt(now) || now - waitingSince >= properties.maxYield().toNanos()) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(properties.yieldWindow().toNanos() - (now - lastAnswered));
	}
}
