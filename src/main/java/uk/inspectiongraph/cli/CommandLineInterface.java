package uk.inspectiongraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParseResult;

/**
 * The jar's command line, parsed by picocli: the server by default, the {@code extract},
 * {@code ingest} and {@code evaluate} commands, and help. Asking for help or mistyping a command
 * answers at once without starting Spring, and the commands that need no database never start it.
 * Exit status: 0 done, 1 a command failed, 2 wrong usage (an unknown command or option, a missing
 * argument), or {@link #SERVING} once the server is up.
 */
public final class CommandLineInterface {

	/** What {@link #execute} returns once it has started the server, which goes on running. */
	public static final int SERVING = -1;

	private static final int USAGE_WIDTH = 200;

	private CommandLineInterface() {
	}

	/** Runs what {@code args} ask for, printing to {@code out} and {@code err}, and returns the exit status. */
	public static int execute(String[] args, Launcher launcher, PrintStream out, PrintStream err) {
		CommandLine commandLine = commandLine(launcher, out, err);
		int status = commandLine.execute(args);
		commandLine.getOut().flush();
		commandLine.getErr().flush();
		return status;
	}

	/**
	 * Logging for the commands that need no database: warnings only, on standard error, so that
	 * standard output carries nothing but the command's own output. Called before anything logs.
	 */
	static void logWarningsOnly() {
		System.setProperty("logback.configurationFile", "logback-cli.xml");
	}

	private static CommandLine commandLine(Launcher launcher, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(new InspectionGraphCommand(launcher))
			.addSubcommand(new RunCommand(launcher))
			.addSubcommand(new ExtractCommand(out))
			.addSubcommand(new IngestCommand(launcher, out, err))
			.addSubcommand(new EvaluateCommand(out, err))
			.addSubcommand(new HelpCommand());
		commandLine.setOut(new PrintWriter(new PrintStreamWriter(out)))
			.setErr(new PrintWriter(new PrintStreamWriter(err)))
			.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
			.setUsageHelpWidth(USAGE_WIDTH)
			.setExpandAtFiles(false)
			.setOverwrittenOptionsAllowed(true)
			.setExecutionExceptionHandler(CommandLineInterface::failed);
		commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
		commandLine.getSubcommands()
			.values()
			.forEach(command -> command.getCommandSpec().usageMessage().synopsisHeading("usage: ").descriptionHeading("%n"));
		return commandLine;
	}

	/**
	 * A command that threw: exit status 1, with the stack trace unless Spring Boot has reported the
	 * failure already (a start that failed).
	 */
	private static int failed(Exception ex, CommandLine command, ParseResult parsed) throws Exception {
		if (ex instanceof Launcher.StartFailed) {
			return command.getCommandSpec().exitCodeOnExecutionException();
		}
		throw ex;
	}

	/**
	 * Help and picocli's messages written through the caller's {@link PrintStream}, so that they are
	 * encoded as everything else it prints.
	 */
	private static final class PrintStreamWriter extends Writer {

		private final PrintStream stream;

		PrintStreamWriter(PrintStream stream) {
			this.stream = stream;
		}

		@Override
		public void write(char[] characters, int offset, int length) {
			stream.print(new String(characters, offset, length));
		}

		@Override
		public void flush() {
			stream.flush();
		}

		@Override
		public void close() {
			stream.flush();
		}
	}
}
