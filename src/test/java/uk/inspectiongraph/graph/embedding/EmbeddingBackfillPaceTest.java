package uk.inspectiongraph.graph.embedding;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backfill rests after each batch for {@code pace} times the batch's time, and waits for a
 * pause in the questions before the next, so that its share of the cores and its rate of garbage
 * follow the settings: at the defaults it embeds at most half the time, and only between requests.
 */
class EmbeddingBackfillPaceTest {

	private static final long BATCH_NANOS = Duration.ofMillis(840).toNanos();

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	@Test
	void atTheDefaultPaceItRestsAsLongAsTheBatchTook() {
		assertThat(backfill(1).restAfter(BATCH_NANOS)).isEqualTo(Duration.ofMillis(840));
	}

	@Test
	void aSlowerPaceRestsLongerAndPaceZeroNever() {
		assertThat(backfill(2.5).restAfter(BATCH_NANOS)).isEqualTo(Duration.ofMillis(2100));
		assertThat(backfill(0).restAfter(BATCH_NANOS)).isZero();
		assertThat(backfill(-1).restAfter(BATCH_NANOS)).isZero();
	}

	@Test
	void aBatchWaitsUntilNoRequestHasBeenAnsweredForTheYieldWindow() {
		QuestionTraffic traffic = traffic(Duration.ofSeconds(1));
		assertThat(traffic.waitBeforeBatch(100 * SECOND, 100 * SECOND)).as("no request yet").isZero();

		traffic.requestAnswered(100 * SECOND);

		assertThat(traffic.waitBeforeBatch(100 * SECOND + SECOND / 4, 100 * SECOND)).isEqualTo(Duration.ofMillis(750));
		assertThat(traffic.waitBeforeBatch(101 * SECOND, 100 * SECOND)).isZero();
	}

	@Test
	void unbrokenTrafficDelaysABatchByMaxYieldAtMost() {
		QuestionTraffic traffic = traffic(Duration.ofSeconds(1));
		long waitingSince = 100 * SECOND;
		traffic.requestAnswered(159 * SECOND);
		assertThat(traffic.waitBeforeBatch(159 * SECOND, waitingSince)).isEqualTo(Duration.ofSeconds(1));

		traffic.requestAnswered(160 * SECOND);

		assertThat(traffic.waitBeforeBatch(160 * SECOND, waitingSince)).as("60 s waited: max-yield").isZero();
	}

	@Test
	void aYieldWindowOfZeroNeverWaits() {
		QuestionTraffic traffic = traffic(Duration.ZERO);
		traffic.requestAnswered(100 * SECOND);

		assertThat(traffic.waitBeforeBatch(100 * SECOND, 100 * SECOND)).isZero();
	}

	private static EmbeddingBackfill backfill(double pace) {
		return new EmbeddingBackfill(null, properties(pace, Duration.ofSeconds(1)), null);
	}

	private static QuestionTraffic traffic(Duration yieldWindow) {
		return new QuestionTraffic(properties(1, yieldWindow));
	}

	private static EmbeddingProperties properties(double pace, Duration yieldWindow) {
		return new EmbeddingProperties(true, 256, Duration.ofSeconds(2), pace, yieldWindow, Duration.ofSeconds(60), 32);
	}
}
