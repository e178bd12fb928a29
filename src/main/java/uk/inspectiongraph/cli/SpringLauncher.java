package uk.inspectiongraph.cli;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@link Launcher} of the real application: Spring Boot started from {@code application}, the
 * class that carries {@code @SpringBootApplication}, with the settings as its command-line
 * arguments (so they outrank every other source of configuration, as Spring Boot documents).
 */
public record SpringLauncher(Class<?> application) implements Launcher {

	/**
	 * Defaults of the served application that a setting can still override: the demo corpus is
	 * seeded after the application is ready rather than before, so a first start is not held by it;
	 * Spring GraphQL's schema inspection (a report, for developers, of schema fields without a
	 * controller, which walks the schema and every controller at each start) is left to the tests.
	 */
	static final String[] SERVING_DEFAULTS = { "inspection-graph.seed.background=true",
			"spring.graphql.schema.inspection.enabled=false" };

	@Override
	public void serve(List<String> settings) {
		started(() -> new SpringApplicationBuilder(application).properties(SERVING_DEFAULTS)
			.run(settings.toArray(String[]::new)));
	}

	@Override
	public ConfigurableApplicationContext startWithoutServer(List<String> settings, String... defaults) {
		return started(() -> new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties(defaults)
			.run(settings.toArray(String[]::new)));
	}

	private static ConfigurableApplicationContext started(Supplier<ConfigurableApplicationContext> start) {
		try {
			return start.get();
		}
		catch (RuntimeException ex) {
			throw new StartFailed(ex);
		}
	}
}
