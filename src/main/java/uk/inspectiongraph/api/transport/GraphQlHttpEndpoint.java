package uk.inspectiongraph.api.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.ObjectUtils;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP: {@code POST} with a JSON body and {@code GET} with {@code query},
 * {@code operationName} and JSON {@code variables} as URL parameters (queries only: a mutation by
 * {@code GET} is refused with 405). Answers are {@code application/graphql-response+json} (a
 * request that cannot execute is a 400) unless the client accepts only {@code application/json}.
 * Requests execute on the servlet thread that received them: the API's data fetchers are
 * synchronous, so this saves Spring's asynchronous re-dispatch. The answer is streamed to the
 * response by {@link GraphQlJson}.
 */
final class GraphQlHttpEndpoint {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final WebGraphQlHandler graphQl;

	private final JsonMapper json;

	private final GraphQlJson answers;

	GraphQlHttpEndpoint(WebGraphQlHandler graphQl, JsonMapper json) {
		this.graphQl = graphQl;
		this.json = json;
		this.answers = new GraphQlJson(json);
	}

	/** Executes the JSON object a {@code POST} carries; a body that is not one is a 400 that says what to send. */
	ServerResponse post(ServerRequest request) throws IOException {
		Map<String, Object> body;
		try {
			body = json.readValue(request.servletRequest().getInputStream(), JSON_OBJECT);
		}
		catch (JacksonException ex) {
			return badRequest("The request body is not a JSON object: send {\"query\": \"...\", \"variables\": {...}}.");
		}
		return execute(request, body);
	}

	/**
	 * Executes the query a {@code GET} names in its parameters, unless it is a mutation; variables
	 * that are not a JSON object are a 400 that says what to send.
	 */
	ServerResponse get(ServerRequest request) {
		String query = request.param("query").orElseThrow();
		Optional<String> operationName = request.param("operationName").filter(name -> !name.isBlank());
		if (isMutation(query, operationName.orElse(null))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "POST")
				.body(errors("Mutations must be sent with POST."));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		operationName.ifPresent(name -> body.put("operationName", name));
		try {
			body.put("variables", request.param("variables").filter(v -> !v.isBlank())
				.map(v -> json.readValue(v, JSON_OBJECT)).orElse(Map.of()));
		}
		catch (JacksonException ex) {
			return badRequest("The variables parameter is not a JSON object: send variables={\"name\": value, ...}, URL-encoded.");
		}
		return execute(request, body);
	}

	private ServerResponse execute(ServerRequest request, Map<String, Object> body) {
		WebGraphQlResponse response = graphQl.handleRequest(graphQlRequest(request, body)).block();
		MediaType type = responseType(request);
		HttpStatus status = GRAPHQL_RESPONSE.equals(type) && !response.isValid() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		Map<String, Object> answer = response.toMap();
		return ServerResponse.status(status)
			.headers(headers -> headers.putAll(response.getResponseHeaders()))
			.contentType(type)
			.build((servletRequest, servletResponse) -> {
				answers.write(answer, servletResponse.getOutputStream());
				return null;
			});
	}

	private static WebGraphQlRequest graphQlRequest(ServerRequest request, Map<String, Object> body) {
		HttpServletRequest servlet = request.servletRequest();
		InetSocketAddress remote = servlet.getRemoteAddr() == null ? null
				: new InetSocketAddress(servlet.getRemoteAddr(), servlet.getRemotePort());
		return new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), new LinkedMultiValueMap<>(),
				remote, request.attributes(), body, ObjectUtils.identityToString(request), Locale.getDefault());
	}

	private static ServerResponse badRequest(String message) {
		return ServerResponse.badRequest().body(errors(message));
	}

	private static Map<String, Object> errors(String message) {
		return Map.of("errors", List.of(Map.of("message", message)));
	}

	private static boolean isMutation(String query, String operationName) {
		try {
			Document document = Parser.parse(query);
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(op -> operationName == null || operationName.equals(op.getName()))
				.anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	private static MediaType responseType(ServerRequest request) {
		List<MediaType> accepted = request.headers().accept();
		boolean jsonOnly = !accepted.isEmpty() && accepted.stream().noneMatch(GRAPHQL_RESPONSE::isCompatibleWith)
				&& accepted.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith);
		return jsonOnly ? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE;
	}
}
