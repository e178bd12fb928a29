package uk.inspectiongraph.hostile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of hostile or broken input, uploaded through the real application: each is refused
 * with its status (422 from the reader; 400 or 413 when the web server refuses the file name first)
 * and its reason, the graph is left as it was, and GraphQL reads fired meanwhile keep answering,
 * each within two seconds. The same for a bomb sent through the {@code ingestDocument} mutation.
 */
@EmbeddedGraphTest
class HostileUploadTest {

	private static final long READ_LIMIT_MILLIS = 2_000;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	private final JsonMapper json = JsonMapper.builder().build();

	private HostileUploads client;

	@BeforeEach
	void warmUp() throws Exception {
		client = new HostileUploads("http://localhost:" + port, "editor", EmbeddedGraphTest.EDITOR_PASSWORD);
		assertThat(client.read().status()).isEqualTo(200);
	}

	/** Every kind, or with {@code -Dhostile.only=PREFIX} those whose description starts so. */
	static List<HostileInput> inputs() {
		String only = System.getProperty("hostile.only", "");
		return HostileInputs.all().stream().filter(input -> input.kind().startsWith(only)).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputs")
	void isRefusedWithItsReasonWhileReadsGoOn(HostileInput input) throws Exception {
		byte[] bytes = input.bytes().get();
		Map<String, Long> before = counts();

		HostileUploads.Reads reads = client.readWhile();
		HostileUploads.Answer answer = client.upload(input.fileName(), bytes);
		List<HostileUploads.Answer> duringUpload = reads.stop();

		assertThat(answer.status()).as(answer.body()).isEqualTo(input.status());
		assertThat(reason(answer)).contains(input.reason());
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at uk.").doesNotContain("at org.");
		assertThat(counts()).isEqualTo(before);
		assertThat(duringUpload).isNotEmpty().allSatisfy(read -> {
			assertThat(read.status()).as(read.body()).isEqualTo(200);
			assertThat(read.millis()).isLessThan(READ_LIMIT_MILLIS);
		});
	}

	@Test
	void theIngestDocumentMutationGivesTheReasonForABomb() throws Exception {
		HostileInput bomb = inputs().stream().filter(input -> input.kind().startsWith("nested bomb")).findFirst()
			.orElse(HostileInputs.all().get(2));
		Map<String, Long> before = counts();

		HostileUploads.Answer answer = client.ingestDocument(bomb.fileName(), bomb.bytes().get());

		JsonNode outcome = json.readTree(answer.body()).at("/data/ingestDocument");
		assertThat(outcome.get("status").asString()).as(answer.body()).isEqualTo("FAILED");
		assertThat(outcome.get("reason").asString()).isEqualTo(
				"too large: a compressed stream inflates to over 64 MB (inspection-graph.reading.max-stream-size)");
		assertThat(counts()).isEqualTo(before);
	}

	/** The outcome's reason (422), or the problem's detail (refused before reading). */
	private String reason(HostileUploads.Answer answer) {
		JsonNode body = json.readTree(answer.body());
		if (answer.status() == 422) {
			assertThat(body.get("status").asString()).isEqualTo("FAILED");
			return body.get("reason").asString();
		}
		return body.get("detail").asString();
	}

	/** What a refusal must leave as it was: everything but the ingest history, which records it. */
	private Map<String, Long> counts() {
		return Map.of("nodes", count("MATCH (n) WHERE NOT n:IngestRecord RETURN count(n)"), "relationships",
				count("MATCH ()-[r]->() RETURN count(r)"));
	}

	private long count(String cypher) {
		return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}
}
