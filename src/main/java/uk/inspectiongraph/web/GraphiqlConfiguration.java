package uk.inspectiongraph.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves our own GraphiQL page at {@code /graphiql/} in place of Spring's, which loads its scripts
 * from a CDN and stays blank offline. The page ({@code static/graphiql/}) takes GraphiQL and React
 * from WebJars on the classpath, so everything it loads comes from this application. It opens
 * {@code ?query=}, {@code ?variables=} and {@code ?operationName=} as given, copies the editor's
 * state as such a link, and offers the project's example queries (docs/queries, packaged under
 * {@code static/graphiql/examples/} by the build), listed by {@link GraphiqlExamples}.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlConfiguration implements WebMvcConfigurer {

	static final String PATH = "/graphiql";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController(PATH, PATH + "/").setKeepQueryParams(true);
		registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
	}
}
