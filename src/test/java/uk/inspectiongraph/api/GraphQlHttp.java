package uk.inspectiongraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * A plain GraphQL-over-HTTP client for the API tests: posts a document from
 * {@code docs/queries/} (or inline) with variables and returns the parsed response.
 */
final class GraphQlHttp {

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI endpoint;

	private String credentials;

	GraphQlHttp(int port) {
		this.endpoint = URI.create("http://localhost:" + port + "/graphql");
	}

	/** An HTTP response: status, content type, JSON body and the number of bytes the body had. */
	record Reply(int status, String contentType, JsonNode body, int bodyBytes) {
	}

	/** Sends later requests with HTTP Basic credentials. */
	GraphQlHttp as(String user, String password) {
		this.credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** The text of docs/queries/{name}.graphql. */
	static String document(String name) {
		try {
			return Files.readString(Path.of("docs/queries", name + ".graphql"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GraphQL document of the tests' own, from the test classpath (e.g. graphql-documents/...). */
	static String testDocument(String location) {
		try {
			return new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Posts a named document from docs/queries with an operation and variables. */
	JsonNode post(String documentName, String operation, Map<String, Object> variables) {
		return answered(operation, send(document(documentName), operation, variables).body());
	}

	/** Posts one of the tests' own documents ({@link #testDocument}) with an operation and variables. */
	JsonNode postTestDocument(String location, String operation, Map<String, Object> variables) {
		return answered(operation, send(testDocument(location), operation, variables).body());
	}

	private static JsonNode answered(String operation, JsonNode body) {
		if (body.has("errors")) {
			throw new AssertionError(operation + " answered with errors: " + body);
		}
		return body;
	}

	Reply send(String query, String operation, Map<String, Object> variables) {
		Map<String, Object> body = new HashMap<>();
		body.put("query", query);
		body.put("operationName", operation);
		body.put("variables", variables);
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", GRAPHQL_RESPONSE)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		return exchange(request);
	}

	Reply get(String query, String variablesJson) {
		String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
				+ (variablesJson == null ? "" : "&variables=" + URLEncoder.encode(variablesJson, StandardCharsets.UTF_8));
		return exchange(HttpRequest.newBuilder(URI.create(url)).header("Accept", GRAPHQL_RESPONSE).GET());
	}

	private Reply exchange(HttpRequest.Builder request) {
		if (credentials != null) {
			request.header("Authorization", "Basic " + credentials);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
					response.body().getBytes(StandardCharsets.UTF_8).length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
