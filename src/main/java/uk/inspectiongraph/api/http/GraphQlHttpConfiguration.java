package uk.inspectiongraph.api.http;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP is Spring GraphQL's own handler, which Spring Boot routes at
 * {@code spring.graphql.http.path} for {@code POST}. Three additions keep what clients of this API
 * rely on: queries by {@code GET} ({@link QueriesOverGet}, a route ahead of Spring Boot's, which
 * refuses every {@code GET}), a 400 that says what to send when a body is not a GraphQL request
 * ({@link ExplainingGraphQlHttpHandler}), and answers in the server's language whatever the
 * browser asks ({@link ServerLocale}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

	/** Replaces Spring Boot's handler bean, which backs off when one is defined. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler graphQl) {
		return new ExplainingGraphQlHttpHandler(graphQl);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlQueriesOverGet(GraphQlProperties properties, GraphQlHttpHandler handler,
			JsonMapper json) {
		QueriesOverGet queries = new QueriesOverGet(handler, json);
		return RouterFunctions.route()
			.GET(properties.getHttp().getPath(), request -> request.param("query").isPresent(), queries::handle)
			.build();
	}

	@Bean
	WebGraphQlInterceptor serverLocale() {
		return new ServerLocale();
	}
}
