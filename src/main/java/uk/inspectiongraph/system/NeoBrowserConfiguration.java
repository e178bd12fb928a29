package uk.inspectiongraph.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser's static files (from the {@code neo4j-browser} jar) at {@code /browser/},
 * so a person can type Cypher against the embedded database with nothing else installed. The
 * Browser connects straight to the Bolt port over a WebSocket.
 */
@Configuration(proxyBeanMethods = false)
class NeoBrowserConfiguration implements WebMvcConfigurer {

	/** The query string that points the Browser at a Bolt port with no login. */
	static String connectQuery(EmbeddedBolt bolt) {
		return "dbms=" + bolt.uri() + "&preselectAuthMethod=NO_AUTH";
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/browser", "/browser/");
		registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
	}
}
