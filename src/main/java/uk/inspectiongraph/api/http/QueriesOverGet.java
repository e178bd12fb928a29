package uk.inspectiongraph.api.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static uk.inspectiongraph.api.http.ExplainingGraphQlHttpHandler.errors;

/**
 * Queries by {@code GET}, which Spring GraphQL does not take: {@code query}, {@code operationName}
 * and JSON {@code variables} as URL parameters become the JSON body of a {@code POST} that Spring
 * GraphQL's handler then executes and answers as any other. A mutation is refused with 405: a
 * {@code GET} is a link any page can make a browser follow, with the editor's login attached.
 */
final class QueriesOverGet {

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final GraphQlHttpHandler graphQl;

	private final JsonMapper json;

	QueriesOverGet(GraphQlHttpHandler graphQl, JsonMapper json) {
		this.graphQl = graphQl;
		this.json = json;
	}

	/** Executes the query the parameters name; variables that are not a JSON object are a 400 saying what to send. */
	ServerResponse handle(ServerRequest request) throws ServletException {
		String query = request.param("query").orElseThrow();
		Optional<String> operationName = request.param("operationName").filter(name -> !name.isBlank());
		if (isMutation(query, operationName.orElse(null))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
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
			return ServerResponse.badRequest().body(errors(
					"The variables parameter is not a JSON object: send variables={\"name\": value, ...}, URL-encoded."));
		}
		return graphQl.handleRequest(asPost(request, body));
	}

	private ServerRequest asPost(ServerRequest request, Map<String, Object> body) {
		return ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
			.body(json.writeValueAsBytes(body))
			.build();
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
}
