package uk.inspectiongraph.api.http;

import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring GraphQL's HTTP handler, except that a body it cannot read as a GraphQL request (not JSON,
 * not an object, or cut off by the request body limit) is answered with a 400 in GraphQL's error
 * shape that says what to send, rather than the servlet container's bare error page.
 */
final class ExplainingGraphQlHttpHandler extends GraphQlHttpHandler {

	static final String NOT_A_REQUEST = "The request body is not a JSON object: "
			+ "send {\"query\": \"...\", \"variables\": {...}}.";

	ExplainingGraphQlHttpHandler(WebGraphQlHandler graphQl) {
		super(graphQl);
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		try {
			return super.handleRequest(request);
		}
		catch (HttpMessageNotReadableException ex) {
			return ServerResponse.badRequest().body(errors(NOT_A_REQUEST));
		}
	}

	/** An answer holding only an error with this message, as GraphQL answers carry them. */
	static Map<String, Object> errors(String message) {
		return Map.of("errors", List.of(Map.of("message", message)));
	}
}
