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
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.ObjectUtils;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP: {@code POST} with a JSON body and {@code GET} with {@code query},
 * {@code operationName} and JSON {@code variables} as URL parameters (queries only: a mutation by
 * {@code GET} is refused with 405). Answers are {@code application/graphql-response+json} (a
 * request that cannot execute is a 400) unless the client accepts only {@code application/json}.
 * Requests execute on the servlet thread that received them: the API's data fetchers are
 * synchronous, so this saves Spring's asynchronous re-dispatch. The answer is streamed to the
 * response by {@link GraphQlJson}; other content types fall through to Spring's own handler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpRoutes {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlHttp(@Value("${spring.graphql.http.path:/graphql}") String path,
			WebGraphQlHandler handler, JsonMapper json) {
		GraphQlJson answers = new GraphQlJson(json);
		return RouterFunctions.route()
			.GET(path, request -> request.param("query").isPresent(), request -> get(request, handler, json, answers))
			.POST(path, RequestPredicates.contentType(MediaType.APPLICATION_JSON), request -> post(request, handler, json, answers))
			.build();
	}

	private static ServerResponse post(ServerRequest request, WebGraphQlHandler handler, JsonMapper json,
			GraphQlJson answers) throws Exception {
		Map<String, Object> body;
		try {
			body = json.readValue(request.servletRequest().getInputStream(), JSON_OBJECT);
		}
		catch (JacksonException ex) {
			return ServerResponse.badRequest().body(Map.of("errors", List.of(Map.of("message",
					"The request body is not a JSON object: send {\"query\": \"...\", \"variables\": {...}}."))));
		}
		return execute(request, handler, body, answers);
	}

	private static ServerResponse get(ServerRequest request, WebGraphQlHandler handler, JsonMapper json,
			GraphQlJson answers) {
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
		return execute(request, handler, body, answers);
	}

	private static ServerResponse execute(ServerRequest request, WebGraphQlHandler handler, Map<String, Object> body,
			GraphQlJson answers) {
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.servletRequest().getRemoteAddr() == null ? null
						: new java.net.InetSocketAddress(request.servletRequest().getRemoteAddr(),
								request.servletRequest().getRemotePort()),
				request.attributes(), body, ObjectUtils.identityToString(request), Locale.getDefault());
		WebGraphQlResponse response = handler.handleRequest(graphQlRequest).block();
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
