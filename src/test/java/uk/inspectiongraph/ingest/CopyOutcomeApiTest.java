package uk.inspectiongraph.ingest;

import uk.inspectiongraph.ingest.GeneratedReport;
import uk.inspectiongraph.ingest.CopyVariants;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the editor sees of a copy through the upload endpoint's JSON and the {@code ingestDocument}
 * mutation (the document in {@code docs/queries/mutations.graphql}): status COPY, whose copy it is,
 * and a warning for a file cut short.
 */
@EmbeddedGraphTest
class CopyOutcomeApiTest {

	private static final String CREDENTIALS = "editor:" + EmbeddedGraphTest.EDITOR_PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theUploadAndTheMutationSayWhoseCopyAFileIs() throws IOException {
		CopyVariants variants = CopyVariants
			.of(CopyVariants.render(GeneratedReport.text("Barnsley", "6 to 17 March 2023")));
		DocumentOutcome whole = ingest.ingest(CopyVariants.WHOLE, variants.get(CopyVariants.WHOLE));

		JsonNode uploaded = upload(CopyVariants.RESAVED, variants.get(CopyVariants.RESAVED));
		JsonNode mutated = mutate(CopyVariants.TRUNCATED, variants.get(CopyVariants.TRUNCATED));

		assertThat(uploaded.get("status").asString()).isEqualTo("COPY");
		assertThat(uploaded.at("/copyOf/hash").asString()).isEqualTo(whole.contentHash());
		assertThat(uploaded.get("reason").asString()).startsWith("copy of 'Inspection of Barnsley");
		assertThat(mutated.get("status").asString()).isEqualTo("COPY");
		assertThat(mutated.at("/copyOf/hash").asString()).isEqualTo(whole.contentHash());
		assertThat(mutated.at("/document/complete").asBoolean()).isFalse();
		assertThat(mutated.at("/warnings/0").asString()).startsWith("incomplete PDF");
		assertThat(ingest.delete(whole.contentHash())).isTrue();
	}

	private JsonNode upload(String name, byte[] bytes) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new DocumentUploadTest.Named(bytes, name));
		String body = client().post()
			.uri("/api/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> {
				assertThat(response.getStatusCode().value()).isEqualTo(200);
				return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
			});
		return json.readTree(body);
	}

	private JsonNode mutate(String name, byte[] bytes) throws IOException {
		String document = Files.readString(Path.of("docs/queries/mutations.graphql"));
		Map<String, Object> request = Map.of("query", document, "operationName", "IngestDocument", "variables",
				Map.of("fileName", name, "contentBase64", Base64.getEncoder().encodeToString(bytes)));
		String body = client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json.writeValueAsString(request))
			.retrieve()
			.body(String.class);
		return json.readTree(body).at("/data/ingestDocument");
	}

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8)))
			.build();
	}
}
