package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.InspectionGraphApplication;
import uk.inspectiongraph.api.SeedGraphFixture;
import uk.inspectiongraph.ingest.IngestService;
import uk.inspectiongraph.api.theme.ThemeCatalog;

/**
 * The application as the benchmarks run it: on loopback, on a free port, on an embedded database in
 * a data directory of its own, without the demo seed, with the graph the options ask for. Shared by
 * {@link ApiBenchmark} and {@link PageBenchmark}, which read the same options:
 * {@code --data-directory=DIR} (default target/benchmark-neo4j), {@code --ingest=DIR} (ingest a
 * directory first; ingesting the same bytes again is a no-op) and {@code --fixture} (load the
 * seed-graph test fixture).
 */
final class BenchmarkApplication {

	private BenchmarkApplication() {
	}

	/** The {@code --name=value} arguments as a map; a bare {@code --name} maps to "true". */
	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], pair.length > 1 ? pair[1] : "true");
		}
		return options;
	}

	/** Starts the application, registering the given post-processors before any bean is created. */
	static ConfigurableApplicationContext start(Map<String, String> options, BeanPostProcessor... postProcessors) {
		return start(options, null, postProcessors);
	}

	/** Starts the application with the server-side timer registered as a filter and a GraphQL interceptor. */
	static ConfigurableApplicationContext start(Map<String, String> options, ServerTimings timings,
			BeanPostProcessor... postProcessors) {
		String data = options.getOrDefault("data-directory", "target/benchmark-neo4j");
		return new SpringApplicationBuilder(InspectionGraphApplication.class)
			.initializers(context -> List.of(postProcessors).forEach(context.getBeanFactory()::addBeanPostProcessor))
			.initializers(context -> {
				if (timings != null) {
					context.getBeanFactory().registerSingleton("benchmarkServerTimings", timings);
					context.getBeanFactory().registerSingleton("benchmarkServerTimingsFilter", timingsFilter(timings));
				}
			})
			.run("--server.port=0", "--server.address=127.0.0.1", "--inspection-graph.seed.enabled=false",
					"--inspection-graph.embedded.bolt-port=0", "--inspection-graph.embedded.data-directory=" + data,
					"--inspection-graph.security.editor-password=" + options.getOrDefault("editor-password", ""),
					"--logging.level.root=WARN", "--logging.level.uk.inspectiongraph=INFO");
	}

	/** The timer as a filter of both the request's dispatch and the asynchronous one that writes the answer. */
	private static FilterRegistrationBean<ServerTimings> timingsFilter(ServerTimings timings) {
		FilterRegistrationBean<ServerTimings> registration = new FilterRegistrationBean<>(timings);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		registration.setOrder(timings.getOrder());
		return registration;
	}

	/** Loads the fixture and ingests the directory the options name, then refreshes the theme catalogue. */
	static void prepareGraph(ConfigurableApplicationContext context, Map<String, String> options) {
		if (options.containsKey("fixture")) {
			SeedGraphFixture.load(context.getBean(Neo4jClient.class), context.getBean(ThemeCatalog.class));
		}
		if (options.containsKey("ingest")) {
			var report = context.getBean(IngestService.class).ingestFiles(List.of(Path.of(options.get("ingest"))),
					(done, total) -> System.err.print("\ringested " + done + "/" + total));
			System.err.println("\n" + report.summary());
		}
		context.getBean(ThemeCatalog.class).refresh();
	}

	/** The HTTP port the started application listens on. */
	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The machine's load averages over 1, 5 and 15 minutes, as Linux reports them, or "unknown". */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return String.join(" ", fields[0], fields[1], fields[2]);
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}
}
