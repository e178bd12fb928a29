package uk.inspectiongraph.api.http;

import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Executes every request in the server's default locale. Spring GraphQL takes the locale from the
 * request's {@code Accept-Language}, and GraphQL Java words its parsing and validation errors in
 * German or Dutch when asked; the API's answers, and the tests and documents that quote them, are
 * the same for every client.
 */
final class ServerLocale implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> builder.locale(Locale.getDefault()).build());
		return chain.next(request);
	}
}
