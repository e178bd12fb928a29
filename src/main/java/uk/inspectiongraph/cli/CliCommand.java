package uk.inspectiongraph.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The commands the jar understands, with the usage {@code help} prints: so that asking for help,
 * or mistyping a command, answers at once instead of starting the server.
 */
public enum CliCommand {

	RUN("run", "[--setting=value...]",
			"serve the dashboard, the GraphQL API and Neo4j Browser (also what no command, or only settings, does)"),
	EXTRACT("extract", "[--json] FILE|DIR...",
			"print what the extractor reads from each document as JSON Lines; needs no database"),
	INGEST("ingest", "FILE|DIR... [--setting=value...]",
			"write documents into the graph (the embedded one in ./data: stop the app first; or spring.neo4j.uri)"),
	EVALUATE("evaluate", "--documents DIR --truth CSV",
			"measure the extractor against a truth file, as Markdown; needs no database"),
	HELP("help", "", "print this help (also --help, -h, or --help after any command)");

	private final String name;

	private final String arguments;

	private final String description;

	CliCommand(String name, String arguments, String description) {
		this.name = name;
		this.arguments = arguments;
		this.description = description;
	}

	/** The command a first argument names; {@code --help} and {@code -h} name {@link #HELP}. */
	public static Optional<CliCommand> named(String argument) {
		if (argument.equals("--help") || argument.equals("-h")) {
			return Optional.of(HELP);
		}
		return Arrays.stream(values()).filter(command -> command.name.equals(argument)).findFirst();
	}

	/** Every command with its arguments and what it does. */
	public static String usage() {
		String commands = Arrays.stream(values())
			.map(command -> "  %-48s %s".formatted(command.name + " " + command.arguments, command.description))
			.collect(Collectors.joining(System.lineSeparator()));
		return String.join(System.lineSeparator(), "usage: java -jar inspection-graph.jar [COMMAND] [ARGUMENTS]", "",
				"commands:", commands, "",
				"Settings are given as --name=value (e.g. --server.port=8081); README.md lists them.", "");
	}
}
