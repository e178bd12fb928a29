package uk.inspectiongraph.graph.embedding;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backfill hears of analysts' questions from the running server: a GraphQL request answered
 * over HTTP makes the next batch wait, which only works while Spring's dispatcher announces the
 * requests it handles (a setting of Spring MVC that a later change could turn off).
 */
@EmbeddedGraphTest
class QuestionTrafficTest {

	@LocalServerPort
	int port;

	@Autowired
	QuestionTraffic traffic;

	@Test
	void aQuestionAnsweredOverHttpMakesTheNextBatchWait() {
		String answer = RestClient.create("http://127.0.0.1:" + port + "/graphql")
			.post()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ authorities { name } }"))
			.retrieve()
			.body(String.class);
		long now = System.nanoTime();

		assertThat(answer).contains("Warwickshire");
		assertThat(traffic.waitBeforeBatch(now, now)).isPositive();
	}
}
