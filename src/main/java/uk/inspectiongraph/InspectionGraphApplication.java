package uk.inspectiongraph;

import uk.inspectiongraph.cli.CliCommand;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import uk.inspectiongraph.cli.EvaluateCommand;
import uk.inspectiongraph.cli.ExtractCommand;
import uk.inspectiongraph.cli.IngestCommand;

/**
 * Inspection Graph: Ofsted's inspections of English local authorities' children's services as a
 * Neo4j knowledge graph, answered through a GraphQL API. Run with no arguments (or {@code run}) it
 * serves; the {@code extract} command reads documents with no database, {@code evaluate} measures
 * the extractor against a truth file, {@code ingest} writes documents to the configured graph, and
 * {@code help} lists them all ({@link CliCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionGraphApplication {

	/** What {@link #dispatch} returns when it started the server, which keeps running. */
	static final int SERVING = -1;

	/** Wrong usage: an unknown command. */
	static final int USAGE = 2;

	public static void main(String[] args) {
		int status = dispatch(args, System.out, System.err);
		if (status != SERVING) {
			System.exit(status);
		}
	}

	/**
	 * Runs what the arguments ask for and returns the exit status, or {@link #SERVING} once the
	 * server is up. No arguments, or only settings ({@code --name=value}), start the server.
	 */
	static int dispatch(String[] args, PrintStream out, PrintStream err) {
		if (servesWithoutCommand(args)) {
			SpringApplication.run(InspectionGraphApplication.class, args);
			return SERVING;
		}
		Optional<CliCommand> command = CliCommand.named(args[0]);
		if (command.isEmpty()) {
			err.println("Unknown command: " + args[0]);
			err.print(CliCommand.usage());
			return USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (command.get() == CliCommand.HELP || rest.contains("--help") || rest.contains("-h")) {
			out.print(CliCommand.usage());
			return 0;
		}
		return run(command.get(), rest, out, err);
	}

	/** No arguments, or settings only ({@code --server.port=8081}): the server, as before commands existed. */
	static boolean servesWithoutCommand(String[] args) {
		return args.length == 0 || (args[0].startsWith("--") && !args[0].equals("--help"));
	}

	private static int run(CliCommand command, List<String> rest, PrintStream out, PrintStream err) {
		if (command == CliCommand.EXTRACT || command == CliCommand.EVALUATE) {
			System.setProperty("logback.configurationFile", "logback-cli.xml");
		}
		return switch (command) {
			case EXTRACT -> ExtractCommand.withDefaults().run(rest, out);
			case INGEST -> ingest(rest, out, err);
			case EVALUATE -> new EvaluateCommand().run(rest, out, err);
			case RUN -> {
				SpringApplication.run(InspectionGraphApplication.class, rest.toArray(String[]::new));
				yield SERVING;
			}
			case HELP -> 0;
		};
	}

	private static int ingest(List<String> arguments, PrintStream out, PrintStream err) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.properties("inspection-graph.seed.enabled=false", "logging.level.root=WARN")
			.run(arguments.stream().filter(arg -> arg.startsWith("--")).toArray(String[]::new));
		int status = context.getBean(IngestCommand.class).run(arguments, out, err);
		SpringApplication.exit(context);
		return status;
	}

}
