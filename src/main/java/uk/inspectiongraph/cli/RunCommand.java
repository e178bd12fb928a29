package uk.inspectiongraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code run [--setting=value...]}: the server, by name. Every argument is a setting for Spring,
 * which is why they are taken unparsed.
 */
@Command(name = "run", customSynopsis = "${COMMAND-FULL-NAME} [--setting=value...]",
		description = "serve the dashboard, the GraphQL API and Neo4j Browser (also what no command, or only settings, does)",
		footer = InspectionGraphCommand.SETTINGS)
final class RunCommand implements Callable<Integer> {

	@Unmatched
	private List<String> settings = new ArrayList<>();

	@ParentCommand
	private InspectionGraphCommand parent;

	private final Launcher launcher;

	RunCommand(Launcher launcher) {
		this.launcher = launcher;
	}

	@Override
	public Integer call() {
		launcher.serve(parent.settingsWith(settings));
		return CommandLineInterface.SERVING;
	}
}
