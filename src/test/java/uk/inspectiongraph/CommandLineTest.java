package uk.inspectiongraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking the jar for help, or mistyping a command, answers at once: the usage of every command and
 * exit status 0 for help, 2 for an unknown command, and no database started.
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
		assertThat(InspectionGraphApplication.servesWithoutCommand(new String[0])).isTrue();
		assertThat(InspectionGraphApplication.servesWithoutCommand(new String[] { "--spring.x=y", "--debug" })).isTrue();
		assertThat(InspectionGraphApplication.servesWithoutCommand(new String[] { "--help" })).isFalse();
		assertThat(InspectionGraphApplication.servesWithoutCommand(new String[] { "extract", "--json" })).isFalse();
	}

	private int dispatch(String... args) {
		return InspectionGraphApplication.dispatch(args, stream(out), stream(err));
	}

	private static PrintStream stream(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static String text(ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
