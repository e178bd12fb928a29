package uk.inspectiongraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The top-level command: with no command, or settings only ({@code --server.port=8081}), it serves,
 * as the jar did before it had commands. Settings given before a command reach that command too.
 */
@Command(name = "java -jar inspection-graph.jar", synopsisHeading = "usage: ",
		customSynopsis = "${COMMAND-NAME} [COMMAND] [ARGUMENTS]", commandListHeading = "%ncommands:%n",
		footer = InspectionGraphCommand.SETTINGS)
final class InspectionGraphCommand implements Callable<Integer> {

	/** How settings are given: the footer of the help of the commands that take them. */
	static final String SETTINGS = "%nSettings are given as --name=value (e.g. --server.port=8081); README.md lists them.";

	@Option(names = { "-h", "--help" }, usageHelp = true, hidden = true, scope = ScopeType.INHERIT)
	private boolean help;

	@Unmatched
	private List<String> settings = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	private final Launcher launcher;

	InspectionGraphCommand(Launcher launcher) {
		this.launcher = launcher;
	}

	@Override
	public Integer call() {
		settings.stream().filter(argument -> !argument.startsWith("--")).findFirst().ifPresent(command -> {
			throw new ParameterException(spec.commandLine(), "Unknown command: " + command);
		});
		launcher.serve(settings);
		return CommandLineInterface.SERVING;
	}

	/** The settings given before the command, then the command's own. */
	List<String> settingsWith(List<String> commandSettings) {
		return Stream.concat(settings.stream(), commandSettings.stream()).toList();
	}
}
