package uk.inspectiongraph.api;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest history through {@code /graphql}, on an application of its own (no seed, the history
 * kept to four records): four documents offered through the ingestDocument mutation (one new, the
 * same again, one the reader cannot read, a second new one), then a fifth, after which the oldest
 * record is gone. Each record says what became of the file, why, who offered it and how.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "inspection-graph.embedded.bolt-port=0",
				"inspection-graph.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"inspection-graph.seed.enabled=false", "inspection-graph.security.editor-password=history-secret",
				"inspection-graph.ingest.history.keep=4", "inspection-graph.api.request-budget=120s",
				"server.address=127.0.0.1" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestHistoryApiTest {

	private static final String WARWICKSHIRE = "2018-08-09-warwickshire-focused-visit-letter.txt";

	private static final String STAFFORDSHIRE = "2018-07-19-staffordshire-focused-visit-letter.txt";

	private static final String WARRINGTON = "2022-01-31-warrington-focused-visit-letter.txt";

	@LocalServerPort
	int port;

	private JsonNode history;

	private JsonNode failures;

	private JsonNode secondPage;

	@BeforeAll
	void offerFiveDocuments() throws Exception {
		GraphQlHttp editor = new GraphQlHttp(port).as("editor", "history-secret");
		ingest(editor, WARWICKSHIRE, seed(WARWICKSHIRE));
		ingest(editor, "copy/" + WARWICKSHIRE, seed(WARWICKSHIRE));
		ingest(editor, "empty.pdf", new byte[0]);
		ingest(editor, STAFFORDSHIRE, seed(STAFFORDSHIRE));
		ingest(editor, WARRINGTON, seed(WARRINGTON));
		GraphQlHttp reader = new GraphQlHttp(port);
		history = reader.post("ingest-history", "IngestHistory", Map.of()).at("/data/ingestHistory");
		failures = reader.post("ingest-history", "IngestHistory", Map.of("outcome", "FAILED")).at("/data/ingestHistory");
		secondPage = reader.post("ingest-history", "IngestHistory", Map.of("first", 2, "offset", 2))
			.at("/data/ingestHistory");
	}

	@Test
	void listsTheNewestFourRecordsNewestFirstWithTheirOutcomes() {
		assertThat(history.get("totalCount").asInt()).isEqualTo(4);
		assertThat(history.get("records").valueStream().map(r -> r.get("file").asString() + " " + r.get("outcome").asString()))
			.containsExactly(WARRINGTON + " INGESTED", STAFFORDSHIRE + " INGESTED", "empty.pdf FAILED",
					WARWICKSHIRE + " UNCHANGED");
		assertThat(history.get("records").valueStream().map(r -> r.get("by").asString() + "/" + r.get("door").asString()))
			.containsOnly("editor/GRAPHQL");
	}

	@Test
	void anIngestedRecordLinksItsDocumentAndAFailureSaysWhy() {
		JsonNode warrington = history.at("/records/0");
		assertThat(warrington.at("/document/hash").asString()).isEqualTo(warrington.get("hash").asString()).hasSize(64);
		assertThat(warrington.at("/document/title").asString()).containsIgnoringCase("Warrington");
		assertThat(warrington.get("reason").isNull()).isTrue();
		assertThat(warrington.get("at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

		assertThat(failures.get("totalCount").asInt()).isEqualTo(1);
		JsonNode empty = failures.at("/records/0");
		assertThat(empty.get("file").asString()).isEqualTo("empty.pdf");
		assertThat(empty.get("reason").asString()).isNotBlank();
		assertThat(empty.get("document").isNull()).isTrue();
	}

	@Test
	void pagesOnWithOffset() {
		assertThat(secondPage.get("totalCount").asInt()).isEqualTo(4);
		assertThat(secondPage.get("records").valueStream().map(r -> r.get("file").asString()))
			.containsExactly("empty.pdf", WARWICKSHIRE);
	}

	private static void ingest(GraphQlHttp editor, String name, byte[] bytes) {
		JsonNode answer = editor.send(GraphQlHttp.document("mutations"), "IngestDocument",
				Map.of("fileName", name, "contentBase64", Base64.getEncoder().encodeToString(bytes))).body();
		assertThat(answer.path("errors").isMissingNode()).as("%s", answer).isTrue();
	}

	private static byte[] seed(String name) throws IOException {
		return new ClassPathResource("graph-seed/documents/" + name).getContentAsByteArray();
	}

}
