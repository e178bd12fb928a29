package uk.inspectiongraph.api.transport;

import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.protection.RequestBodyLimit;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes GraphQL over HTTP to {@link GraphQlHttpEndpoint}: {@code GET} with a {@code query}
 * parameter and {@code POST} with a JSON body. These routes are ordered before Spring's own;
 * requests they do not match (a {@code POST} that is not {@code application/json}, a {@code GET}
 * without {@code query}) go on to Spring GraphQL's handler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpRoutes {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlHttp(@Value("${spring.graphql.http.path:/graphql}") String path,
			WebGraphQlHandler graphQl, JsonMapper json) {
		GraphQlHttpEndpoint handler = new GraphQlHttpEndpoint(graphQl, json);
		return RouterFunctions.route()
			.GET(path, request -> request.param("query").isPresent(), handler::get)
			.POST(path, RequestPredicates.contentType(MediaType.APPLICATION_JSON), handler::post)
			.build();
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimit> graphQlBodyLimit(@Value("${spring.graphql.http.path:/graphql}") String path,
			ApiProperties properties) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(properties.maxRequestSize().toBytes()));
		registration.addUrlPatterns(path);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
