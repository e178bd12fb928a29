package uk.inspectiongraph.cli;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application's Spring context for the commands that need it: the server, or the graph
 * without a web server for {@code ingest}. An interface so that the command line can be tested for
 * what it would start without starting anything.
 */
public interface Launcher {

	/** Starts the server with {@code settings} ({@code --name=value}); it goes on serving after this returns. */
	void serve(List<String> settings);

	/**
	 * Starts the application with no web server and returns its context, for the caller to close;
	 * {@code defaults} ({@code name=value}) apply where {@code settings} say nothing.
	 */
	ConfigurableApplicationContext startWithoutServer(List<String> settings, String... defaults);

	/**
	 * A start that failed. Spring Boot has already logged why (its failure analysis, or the stack
	 * trace), so the command line only exits with status 1 instead of printing it again.
	 */
	final class StartFailed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public StartFailed(RuntimeException cause) {
			super(cause);
		}
	}
}
