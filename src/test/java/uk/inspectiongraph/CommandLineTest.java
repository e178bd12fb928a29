package uk.inspectiongraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;

import uk.inspectiongraph.cli.CommandLineInterface;
import uk.inspectiongraph.cli.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking the jar for help, or mistyping a command, answers at once: the usage of every command (or
 * of the one asked about) and exit status 0 for help, 2 for an unknown command, and no database
 * started; no command, or settings only, start the server with those settings.
 */
class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@ParameterizedTest
	@ValueSource(strings = { "help", "--help", "-h" })
	void helpPrintsEveryCommandsUsageAndStartsNothing(String help, @TempDir Path data) {
		int status = dispatch(help, "--inspection-graph.embedded.data-directory=" + data);

		assertThat(status).isZero();
		assertThat(text(out)).contains("run [--setting=value...]", "extract [--json] FILE|DIR...",
				"ingest FILE|DIR...", "evaluate --documents DIR --truth CSV", "help");
		assertThat(text(err)).isEmpty();
		assertThat(data).isEmptyDirectory();
	}

	@ParameterizedTest
	@ValueSource(strings = { "extract", "ingest", "evaluate", "run" })
	void helpAfterACommandPrintsTheUsageAndRunsNothing(String command, @TempDir Path data) {
		int status = dispatch(command, "--help", "--inspection-graph.embedded.data-directory=" + data);

		assertThat(status).isZero();
		assertThat(text(out)).contains("usage: java -jar inspection-graph.jar", command + " ");
		assertThat(data).isEmptyDirectory();
	}

	@Test
	void anUnknownCommandPrintsTheUsageAndExitsWithTwo(@TempDir Path data) {
		int status = dispatch("serve", "--inspection-graph.embedded.data-directory=" + data);

		assertThat(status).isEqualTo(2);
		assertThat(text(err)).startsWith("Unknown command: serve").contains("extract [--json] FILE|DIR...");
		assertThat(text(out)).isEmpty();
		assertThat(data).isEmptyDirectory();
	}

	@Test
	void noArgumentsOrSettingsOnlyStillStartTheServer() {
		assertThat(servesWithoutCommand()).isTrue();
		assertThat(servesWithoutCommand("--spring.x=y", "--debug")).isTrue();
		assertThat(servesWithoutCommand("--help")).isFalse();
		assertThat(servesWithoutCommand("extract", "--json")).isFalse();
	}

	@Test
	void settingsReachSpringWhereverTheyStand() {
		ServeRecorder launcher = new ServeRecorder();

		int status = CommandLineInterface.execute(new String[] { "--server.port=0", "run", "--debug" }, launcher,
				stream(out), stream(err));

		assertThat(status).isEqualTo(CommandLineInterface.SERVING);
		assertThat(launcher.settings).containsExactly("--server.port=0", "--debug");
	}

	private int dispatch(String... args) {
		return InspectionGraphApplication.dispatch(args, stream(out), stream(err));
	}

	/** Whether the command line, given {@code args}, starts the server (and nothing else). */
	private boolean servesWithoutCommand(String... args) {
		ServeRecorder launcher = new ServeRecorder();
		int status = CommandLineInterface.execute(args, launcher, stream(out), stream(err));
		assertThat(status == CommandLineInterface.SERVING).isEqualTo(launcher.settings != null);
		return launcher.settings != null && launcher.settings.equals(List.of(args));
	}

	private static PrintStream stream(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** A launcher that starts nothing and records the settings it was asked to serve with. */
	private static final class ServeRecorder implements Launcher {

		private List<String> settings;

		@Override
		public void serve(List<String> settings) {
			this.settings = settings;
		}

		@Override
		public ConfigurableApplicationContext startWithoutServer(List<String> settings, String... defaults) {
			throw new UnsupportedOperationException("no command here starts the graph");
		}
	}
}
