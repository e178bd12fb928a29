package uk.inspectiongraph.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's sign-in form, as a browser uses it (a cookie jar, the CSRF token from
 * {@code GET /api/session}, no Basic credentials): a wrong password signs no one in, nobody writes
 * without signing in, a signed-in session writes only with its token and only from this
 * application's own pages, and signing out ends it. No test adds a document (the graph is shared
 * with the other tests of this configuration): the one upload that gets through is a seed letter
 * the graph holds already.
 */
@EmbeddedGraphTest
class SignInTest {

	private static final String SEED_LETTER = "2018-08-09-warwickshire-focused-visit-letter.txt";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Driver neo4j;

	@Test
	void aWrongPasswordSignsNoOneIn() throws Exception {
		Browser browser = new Browser();
		JsonNode session = browser.session();

		HttpResponse<String> answer = browser.signIn("editor", "not-the-password", session);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/#/sign-in?failed=1"));
		assertThat(browser.session().get("signedIn").asBoolean()).isFalse();
	}

	@Test
	void withoutSigningInNothingIsWritten() throws Exception {
		long before = documents();
		Browser browser = new Browser();
		JsonNode session = browser.session();

		assertThat(browser.upload(newDocument(), session, Map.of()).statusCode()).isEqualTo(401);
		assertThat(new Browser().upload(newDocument(), null, Map.of()).statusCode()).isEqualTo(401);
		assertThat(browser.graphql("mutation { reindex { summary } }", session).body()).contains("UNAUTHORIZED", "errors");
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void aSignedInEditorUploadsFromTheAppsOwnPageOnlyWithTheSessionsToken() throws Exception {
		long before = documents();
		Browser browser = new Browser();
		HttpResponse<String> signedIn = browser.signIn("editor", EmbeddedGraphTest.EDITOR_PASSWORD, browser.session());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/#/upload"));
		JsonNode session = browser.session();
		assertThat(session.get("username").asString()).isEqualTo("editor");

		HttpResponse<String> withoutToken = browser.upload(newDocument(), null, Map.of());
		HttpResponse<String> crossSite = browser.upload(newDocument(), session,
				Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"));
		HttpResponse<String> ownPage = browser.upload(seedLetter(), session,
				Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"));

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(crossSite.body()).contains("Cross-site request refused");
		assertThat(ownPage.statusCode()).as(ownPage.body()).isEqualTo(200);
		assertThat(json.readTree(ownPage.body()).get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(documents()).isEqualTo(before);

		assertThat(browser.post("/logout", form(Map.of(session.get("csrfParameter").asString(),
				session.get("csrfToken").asString())), "application/x-www-form-urlencoded", Map.of("Accept", "text/html"))
			.statusCode()).isEqualTo(302);
		assertThat(browser.session().get("signedIn").asBoolean()).isFalse();
	}

	/** A client that keeps cookies and does not follow redirects, as a browser's fetch with a session. */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		JsonNode session() throws IOException, InterruptedException {
			HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/api/session")).build(),
					HttpResponse.BodyHandlers.ofString());
			return json.readTree(answer.body());
		}

		HttpResponse<String> signIn(String user, String password, JsonNode session) throws Exception {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("username", user);
			fields.put("password", password);
			fields.put(session.get("csrfParameter").asString(), session.get("csrfToken").asString());
			return post("/login", form(fields), "application/x-www-form-urlencoded", Map.of());
		}

		HttpResponse<String> upload(byte[] file, JsonNode session, Map<String, String> browserHeaders) throws Exception {
			String boundary = "b" + UUID.randomUUID();
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + SEED_LETTER
					+ "\"\r\nContent-Type: text/plain\r\n\r\n";
			byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), file,
					("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			Map<String, String> headers = new LinkedHashMap<>(browserHeaders);
			headers.put("X-Requested-With", "XMLHttpRequest");
			if (session != null) {
				headers.put(session.get("csrfHeader").asString(), session.get("csrfToken").asString());
			}
			return post("/api/documents", body, "multipart/form-data; boundary=" + boundary, headers);
		}

		HttpResponse<String> graphql(String query, JsonNode session) throws Exception {
			byte[] body = json.writeValueAsBytes(Map.of("query", query));
			return post("/graphql", body, "application/json",
					Map.of(session.get("csrfHeader").asString(), session.get("csrfToken").asString()));
		}

		HttpResponse<String> post(String path, byte[] body, String contentType, Map<String, String> headers)
				throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
			headers.forEach(request::header);
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static byte[] form(Map<String, String> fields) {
		StringBuilder text = new StringBuilder();
		fields.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private static byte[] seedLetter() throws IOException {
		return new ClassPathResource("graph-seed/documents/" + SEED_LETTER).getContentAsByteArray();
	}

	/** The seed letter with a line of its own: bytes the graph does not hold. */
	private static byte[] newDocument() throws IOException {
		return concat(seedLetter(), ("\nsign-in test " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
	}

	private long documents() {
		return neo4j.executableQuery("MATCH (d:Document) RETURN count(d) AS documents").execute().records().get(0)
			.get("documents").asLong();
	}
}
