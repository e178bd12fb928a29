package uk.inspectiongraph.cli;

import java.util.Map;

import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The command list of the top-level help: each command with its arguments, as its own usage states
 * them, and what it does in a column beside, so that one screen shows how to call every command.
 */
final class CommandList implements IHelpSectionRenderer {

	private static final String LINE = "  %-48s %s";

	@Override
	public String render(Help help) {
		String prefix = help.commandSpec().qualifiedName() + " ";
		StringBuilder list = new StringBuilder();
		for (Map.Entry<String, Help> command : help.subcommands().entrySet()) {
			String synopsis = command.getValue().synopsis(0).strip();
			String usage = synopsis.startsWith(prefix) ? synopsis.substring(prefix.length()) : command.getKey();
			String description = String.join(" ", command.getValue().commandSpec().usageMessage().description());
			list.append(LINE.formatted(usage, description)).append(System.lineSeparator());
		}
		return list.toString();
	}
}
