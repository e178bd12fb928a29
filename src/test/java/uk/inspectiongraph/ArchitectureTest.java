package uk.inspectiongraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers hold: no cycle between the top-level packages, and each depends only on the ones its
 * {@code package-info.java} allows (domain, reading, graph, ingest, api, web, system, command line,
 * from the bottom up). The module diagram in docs/architecture is the one this code draws.
 */
class ArchitectureTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(InspectionGraphApplication.class);

	@Test
	void theLayersHaveNoCycleAndOnlyTheirAllowedDependencies() {
		MODULES.verify();
	}

	@Test
	void theModuleDiagramInTheDocsIsTheCurrentOne() throws IOException {
		Path output = Path.of("target", "modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
				.withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
		Path drawn = output.resolve("components.puml");
		Path committed = Path.of("docs", "architecture", "modules.puml");
		// The documenter writes the arrows in no fixed order: compare the lines, not their order.
		assertThat(Files.readAllLines(committed))
			.as("docs/architecture/modules.puml differs from the modules in the code: copy %s over it", drawn)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(drawn));
	}
}
