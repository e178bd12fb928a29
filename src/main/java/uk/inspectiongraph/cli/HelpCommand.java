package uk.inspectiongraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code help}: every command with its arguments. Whatever follows it is ignored, settings
 * included, so that adding {@code help} to any command line is safe.
 */
@Command(name = "help", helpCommand = true,
		description = "print this help (also --help or -h; --help after a command prints that command's usage)")
final class HelpCommand implements Callable<Integer> {

	@Unmatched
	private List<String> ignored = new ArrayList<>();

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		CommandLine top = spec.parent().commandLine();
		top.usage(top.getOut());
		return 0;
	}
}
