package uk.inspectiongraph.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.ObjectUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP with {@code GET}, beside Spring's {@code POST}: {@code query},
 * {@code operationName} and JSON {@code variables} as URL parameters. Only queries: a mutation by
 * {@code GET} is refused with 405, as the GraphQL-over-HTTP specification asks. Responses are
 * {@code application/graphql-response+json} unless the client accepts only {@code application/json}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetRoute {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGet(@Value("${spring.graphql.http.path:/graphql}") String path,
			WebGraphQlHandler handler, JsonMapper json) {
		return RouterFunctions.route()
			.GET(path, request -> request.param("query").isPresent(), request -> handle(request, handler, json))
			.build();
	}

	private static ServerResponse handle(ServerRequest request, WebGraphQlHandler handler, JsonMapper json) {
		String query = request.param("query").orElseThrow();
		Optional<String> operationName = request.param("operationName").filter(name -> !name.isBlank());
		if (isMutation(query, operationName.orElse(null))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "POST")
				.body(Map.of("errors", List.of(Map.of("message", "Mutations must be sent with POST."))));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		operationName.ifPresent(name -> body.put("operationName", name));
		body.put("variables", request.param("variables").filter(v -> !v.isBlank())
			.map(v -> json.readValue(v, JSON_OBJECT)).orElse(Map.of()));
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.attributes(), body, ObjectUtils.identityToString(request),
				Locale.getDefault());
		MediaType type = responseType(request);
		return ServerResponse.async(handler.handleRequest(graphQlRequest)
			.map(response -> ServerResponse.ok().contentType(type).body(response.toMap())));
	}

	static boolean isMutation(String query, String operationName) {
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
