package uk.inspectiongraph.web;

import uk.inspectiongraph.graph.embedded.EmbeddedBolt;
import uk.inspectiongraph.graph.embedded.BoltLogin;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser's static files (from the {@code neo4j-browser} jar) at {@code /browser/},
 * so a person can type Cypher against the embedded database with nothing else installed. The
 * Browser connects straight to the Bolt port over a WebSocket and logs in there as {@code neo4j}
 * with the Bolt password ({@link BoltLogin}): Neo4j 5.26 has no setting to refuse a WebSocket from a
 * foreign origin, so the login is what keeps other pages and other local users out.
 * <p>
 * Quiet and ready: the embedded database tells it not to collect usage data
 * ({@code client.allow_telemetry=false}, which also keeps its consent banner away); its bundles are
 * served without Google Fonts, Segment, Canny and Sentry, which no setting turns off for the
 * Community edition, and its page seeds the project's style and saved queries
 * ({@link NeoBrowserPageTransformer}, {@link NeoBrowserPreset}).
 * Its pages are also served with a Content Security Policy that lets them load code, styles, fonts
 * and images from this application only and make HTTP requests to this machine only, so whatever
 * else the Browser may try (a crash report to Sentry, say) is stopped inside the browser. Bolt
 * WebSocket connections may go anywhere the user points the Browser.
 */
@Configuration(proxyBeanMethods = false)
public class NeoBrowserConfiguration implements WebMvcConfigurer {

	/** Everything the page loads comes from this origin; HTTP requests stay on loopback; Bolt may go anywhere. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self' ws: wss: http://localhost:* http://127.0.0.1:*; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

	/**
	 * The query string that points the Browser at a Bolt port, its login form filled with the user
	 * name; the person types the password (never part of a URL).
	 */
	public static String connectQuery(EmbeddedBolt bolt) {
		return "dbms=bolt://" + bolt.login().username() + "@" + bolt.host() + ":" + bolt.port()
				+ "&preselectAuthMethod=NATIVE";
	}

	@Bean
	FilterRegistrationBean<Filter> neoBrowserContentSecurityPolicy() {
		Filter policy = (request, response, chain) -> {
			((HttpServletResponse) response).setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(policy);
		registration.addUrlPatterns("/browser/*");
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/browser/**")
			.addResourceLocations("classpath:/browser/")
			.resourceChain(true)
			.addTransformer(new NeoBrowserPageTransformer());
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/browser", "/browser/");
		registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
	}
}
