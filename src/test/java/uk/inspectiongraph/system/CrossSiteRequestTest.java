package uk.inspectiongraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of another site cannot make the editor's browser write: uploads and GraphQL mutations
 * carrying valid editor credentials are refused with 403 and a reason when the browser says they
 * come from elsewhere, and the graph is unchanged; the app's own pages and clients that are not
 * browsers (no {@code Origin}) still get through. No test here adds a document: the graph is shared
 * with the other tests of the same configuration.
 */
@EmbeddedGraphTest
class CrossSiteRequestTest {

	private static final String EDITOR = "Basic " + Base64.getEncoder()
		.encodeToString(("editor:" + EmbeddedGraphTest.EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final String EVIL = "http://evil.example";

	@LocalServerPort
	int port;

	@Autowired
	Driver neo4j;

	@Test
	void aCrossSiteUploadWithTheEditorsLoginIsRefusedAndChangesNothing() {
		long before = documents();

		Reply reply = upload(newDocument("cross-site"), Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.body()).contains("Cross-site request refused");
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void aForeignOriginAloneOrASameSiteFetchIsRefused() {
		assertThat(upload(newDocument("origin"), Map.of("Origin", EVIL)).status()).isEqualTo(403);
		assertThat(upload(newDocument("null origin"), Map.of("Origin", "null")).status()).isEqualTo(403);
		assertThat(upload(newDocument("same-site"), Map.of("Sec-Fetch-Site", "same-site")).status()).isEqualTo(403);
		assertThat(upload(newDocument("other port"), Map.of("Origin", "http://localhost:1")).status()).isEqualTo(403);
	}

	@Test
	void aCrossSiteMutationWithTheEditorsLoginIsRefused() {
		Reply reply = graphql("mutation { reindex { summary } }", Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"));

		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.body()).contains("Cross-site request refused");
	}

	/** The seed letter is in the graph already: 200, unchanged, once past authentication. */
	@Test
	void theAppsOwnPagesAndScriptsStillWrite() throws Exception {
		Map<String, String> ownPage = Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");

		assertThat(upload(seedLetter(), ownPage).status()).isEqualTo(200);
		assertThat(upload(seedLetter(), Map.of("Sec-Fetch-Site", "none")).status()).isEqualTo(200);
		assertThat(upload(seedLetter(), Map.of()).status()).isEqualTo(200);
		assertThat(graphql("{ graphStats { nodeCount } }", Map.of()).status()).isEqualTo(200);
		assertThat(graphql("{ graphStats { nodeCount } }", ownPage).status()).isEqualTo(200);
	}

	private Reply upload(ByteArrayResource file, Map<String, String> browserHeaders) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", file);
		return RestClient.create("http://localhost:" + port)
			.post()
			.uri("/api/documents")
			.headers(headers -> {
				headers.set(HttpHeaders.AUTHORIZATION, EDITOR);
				browserHeaders.forEach(headers::set);
			})
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> new Reply(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private Reply graphql(String query, Map<String, String> browserHeaders) {
		return RestClient.create("http://localhost:" + port)
			.post()
			.uri("/graphql")
			.headers(headers -> {
				headers.set(HttpHeaders.AUTHORIZATION, EDITOR);
				browserHeaders.forEach(headers::set);
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", query))
			.exchange((request, response) -> new Reply(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	/** A seed letter with a line of its own: a document the graph does not hold, which would be ingested. */
	private static ByteArrayResource newDocument(String label) {
		try {
			String text = new String(seedLetter().getByteArray(), StandardCharsets.UTF_8) + "\n" + label + " "
					+ System.nanoTime();
			return named(text.getBytes(StandardCharsets.UTF_8), "cross-site-" + label.replace(' ', '-') + ".txt");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ByteArrayResource seedLetter() throws IOException {
		String name = "2018-08-09-warwickshire-focused-visit-letter.txt";
		return named(new ClassPathResource("graph-seed/documents/" + name).getContentAsByteArray(), name);
	}

	private static ByteArrayResource named(byte[] bytes, String name) {
		return new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	private long documents() {
		return neo4j.executableQuery("MATCH (d:Document) RETURN count(d) AS documents").execute().records().get(0)
			.get("documents").asLong();
	}

	private record Reply(int status, String body) {
	}
}
