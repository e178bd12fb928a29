package uk.inspectiongraph;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import uk.inspectiongraph.extraction.evaluation.EvaluateCommand;
import uk.inspectiongraph.ingest.ExtractCommand;
import uk.inspectiongraph.ingest.IngestCommand;

/**
 * Inspection Graph: Ofsted's inspections of English local authorities' children's services as a
 * Neo4j knowledge graph, answered through a GraphQL API. Run with no arguments it serves; the
 * {@code extract} command reads documents with no database, {@code evaluate} measures the extractor
 * against a truth file, {@code ingest} writes documents to the configured graph.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionGraphApplication {

	public static void main(String[] args) {
		String command = args.length == 0 ? "" : args[0];
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		if (command.equals("extract") || command.equals("evaluate")) {
			System.setProperty("logback.configurationFile", "logback-cli.xml");
		}
		switch (command) {
			case "extract" -> System.exit(ExtractCommand.withDefaults().run(rest, System.out));
			case "ingest" -> System.exit(ingest(rest));
			case "evaluate" -> System.exit(new EvaluateCommand().run(rest, System.out, System.err));
			default -> SpringApplication.run(InspectionGraphApplication.class, args);
		}
	}

	private static int ingest(List<String> arguments) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(InspectionGraphApplication.class)
			.web(WebApplicationType.NONE)
			.properties("inspection-graph.seed.enabled=false", "logging.level.root=WARN")
			.run(arguments.stream().filter(arg -> arg.startsWith("--")).toArray(String[]::new));
		int status = context.getBean(IngestCommand.class).run(arguments, System.out, System.err);
		SpringApplication.exit(context);
		return status;
	}

}
