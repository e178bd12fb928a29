package uk.inspectiongraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Inspection Graph: Ofsted's inspections of English local authorities' children's services as a
 * Neo4j knowledge graph, answered through a GraphQL API. Run with no arguments it serves; the
 * {@code extract}, {@code ingest} and {@code evaluate} commands work on documents from the shell.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InspectionGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(InspectionGraphApplication.class, args);
	}

}
