package uk.inspectiongraph.api.protection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link RequestBodyLimit} in front of the GraphQL path ({@code spring.graphql.http.path}),
 * first of all filters, so that an oversized body is refused before security or Spring GraphQL
 * reads any of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestBodyLimitRegistration {

	@Bean
	FilterRegistrationBean<RequestBodyLimit> graphQlBodyLimit(GraphQlProperties graphQl, ApiProperties properties) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(properties.maxRequestSize().toBytes()));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}
}
