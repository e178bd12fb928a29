package uk.inspectiongraph;

import java.io.PrintStream;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import uk.inspectiongraph.cli.CommandLineInterface;
import uk.inspectiongraph.cli.SpringLauncher;

/**
 * Inspection Graph: Ofsted's inspections of English local authorities' children's services as a
 * Neo4j knowledge graph, answered through a GraphQL API. Run with no arguments (or {@code run}) it
 * serves; the {@code extract} command reads documents with no database, {@code evaluate} measures
 * the extractor against a truth file, {@code ingest} writes documents to the configured graph, and
 * {@code help} lists them all ({@link CommandLineInterface}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionGraphApplication {

	public static void main(String[] args) {
		int status = dispatch(args, System.out, System.err);
		if (status != CommandLineInterface.SERVING) {
			System.exit(status);
		}
	}

	/**
	 * Runs what the arguments ask for and returns the exit status, or
	 * {@link CommandLineInterface#SERVING} once the server is up.
	 */
	static int dispatch(String[] args, PrintStream out, PrintStream err) {
		return CommandLineInterface.execute(args, new SpringLauncher(InspectionGraphApplication.class), out, err);
	}
}
