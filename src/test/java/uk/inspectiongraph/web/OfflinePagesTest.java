package uk.inspectiongraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import uk.inspectiongraph.EmbeddedGraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks over plain HTTP (no browser needed) that the GraphiQL page and Neo4j Browser are served
 * for offline use: GraphiQL's page names only files the application serves, and the Browser's
 * pages carry a Content Security Policy that keeps their loads on this origin and their HTTP calls
 * on this machine.
 */
@EmbeddedGraphTest
class OfflinePagesTest {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void graphiqlRedirectsToItsPageWhichNamesOnlyAssetsTheApplicationServes() throws Exception {
		HttpResponse<String> redirect = get("/graphiql");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/graphiql/"));

		HttpResponse<String> page = get("/graphiql/");
		assertThat(page.statusCode()).isEqualTo(200);
		List<String> assets = ASSET.matcher(page.body()).results().map(m -> m.group(1)).filter(a -> !a.startsWith("data:")).toList();
		assertThat(assets).hasSizeGreaterThanOrEqualTo(5).noneMatch(asset -> asset.contains("//"));
		for (String asset : assets) {
			URI resolved = URI.create(base() + "/graphiql/").resolve(asset);
			assertThat(get(resolved.getPath()).statusCode()).as(resolved.toString()).isEqualTo(200);
		}
	}

	@Test
	void neoBrowserPagesLoadOnlyFromThisOriginAndCallOnlyThisMachine() throws Exception {
		HttpResponse<String> page = get("/browser/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Neo4j Browser");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
			.contains("script-src 'self';", "style-src 'self' 'unsafe-inline';", "font-src 'self' data:;")
			.doesNotContainPattern("\\shttps?:[\\s;]"));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
