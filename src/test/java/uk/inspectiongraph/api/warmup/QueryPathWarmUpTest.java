package uk.inspectiongraph.api.warmup;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up's questions stay valid against the schema and answer without errors on a real graph:
 * a warm-up that stopped at its first request would leave every start cold without anyone noticing
 * but a warning in the log.
 */
@EmbeddedGraphTest
class QueryPathWarmUpTest {

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Test
	void everyQuestionOfTheWarmUpIsAnsweredWithoutErrors() {
		QueryPathWarmUp warmUp = new QueryPathWarmUp(new WarmUpProperties(24, Duration.ofMinutes(2), 0), environment);

		int answered = warmUp.warmUp(RestClient.create("http://127.0.0.1:" + port + "/graphql"));

		assertThat(answered).isEqualTo(24);
	}

	@Test
	void aWarmUpThatCannotBeAnsweredEndsQuietly() {
		QueryPathWarmUp warmUp = new QueryPathWarmUp(new WarmUpProperties(24, Duration.ofMinutes(2), 0), environment);

		int answered = warmUp.warmUp(RestClient.create("http://127.0.0.1:" + port + "/no-such-endpoint"));

		assertThat(answered).isZero();
	}

	@Test
	void aPacedWarmUpRestsAfterEachRequestAndNotPastItsLimit() {
		// resting a million times a request's time outlasts a limit of 5 s after the first request
		QueryPathWarmUp warmUp = new QueryPathWarmUp(new WarmUpProperties(24, Duration.ofSeconds(5), 1e6), environment);
		long started = System.nanoTime();

		int answered = warmUp.warmUp(RestClient.create("http://127.0.0.1:" + port + "/graphql"));

		assertThat(answered).isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void testsRunWithoutTheWarmUp() {
		assertThat(environment.getProperty("inspection-graph.warm-up.requests", Integer.class)).isZero();
	}
}
