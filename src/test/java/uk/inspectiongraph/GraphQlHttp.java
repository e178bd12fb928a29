package uk.inspectiongraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Posts GraphQL documents to a running application over HTTP, as any client would, and hands back
 * the response's JSON. Documents are read from {@code .graphql} files on the test classpath or from
 * {@code docs/queries/}.
 */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient client;

	public GraphQlHttp(int port) {
		this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	/** Executes a document with variables and returns the whole response ({@code data} and {@code errors}). */
	public JsonNode execute(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		String response = client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"), MediaType.APPLICATION_JSON)
			.body(body)
			.exchange((request, reply) -> new String(reply.getBody().readAllBytes(), StandardCharsets.UTF_8));
		return JSON.readTree(response);
	}

	public JsonNode execute(String document) {
		return execute(document, Map.of());
	}

	/** A GraphQL document from the test classpath, e.g. {@code graphql-documents/graph-stats.graphql}. */
	public static String document(String classpathLocation) {
		try {
			return new ClassPathResource(classpathLocation).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No GraphQL document at " + classpathLocation, ex);
		}
	}
}
