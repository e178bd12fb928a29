package uk.inspectiongraph.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

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

/** The upload endpoint: editors only, a clear answer for every document. */
@EmbeddedGraphTest
class DocumentUploadTest {

	@LocalServerPort
	int port;

	@Test
	void refusesUploadsWithoutCredentials() throws Exception {
		int status = upload(seedLetter(), null);

		assertThat(status).isEqualTo(401);
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		assertThat(upload(seedLetter(), "editor:guess")).isEqualTo(401);
	}

	@Test
	void anEditorsUploadOfAKnownDocumentIsUnchanged() throws Exception {
		assertThat(upload(seedLetter(), "editor:" + EmbeddedGraphTest.EDITOR_PASSWORD)).isEqualTo(200);
	}

	@Test
	void anUnreadableUploadIsRefusedWithItsReason() {
		byte[] html = "<html><body>Error</body></html>".getBytes(StandardCharsets.UTF_8);

		assertThat(upload(new Named(html, "report.pdf"), "editor:" + EmbeddedGraphTest.EDITOR_PASSWORD))
			.isEqualTo(422);
	}

	private int upload(Named file, String credentials) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", file);
		return RestClient.create("http://localhost:" + port)
			.post()
			.uri("/api/documents")
			.headers(headers -> {
				if (credentials != null) {
					headers.set(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
						.encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
				}
			})
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> response.getStatusCode().value());
	}

	private static Named seedLetter() throws Exception {
		String name = "2018-08-09-warwickshire-focused-visit-letter.txt";
		return new Named(new ClassPathResource("graph-seed/documents/" + name).getContentAsByteArray(), name);
	}

	/** A file part with a name, as a browser sends it. */
	static final class Named extends ByteArrayResource {

		private final String name;

		Named(byte[] bytes, String name) {
			super(bytes);
			this.name = name;
		}

		@Override
		public String getFilename() {
			return name;
		}
	}
}
