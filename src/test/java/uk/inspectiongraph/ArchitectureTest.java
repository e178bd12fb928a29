package uk.inspectiongraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;

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
		Path drawnFile = output.resolve("components.puml");
		String drawn = withRelationshipsSorted(Files.readString(drawnFile));
		Files.writeString(drawnFile, drawn);
		Path committed = Path.of("docs", "architecture", "modules.puml");
		assertThat(Files.readString(committed))
			.as("docs/architecture/modules.puml differs from the modules in the code: copy %s over it",
					drawnFile)
			.isEqualTo(drawn);
	}

	/**
	 * The diagram with its relationship lines sorted, everything else in place: Modulith draws the
	 * relationships in an order that can change from one run to the next.
	 */
	private static String withRelationshipsSorted(String diagram) {
		String[] lines = diagram.split("\n", -1);
		Iterator<String> sorted = Arrays.stream(lines).filter(ArchitectureTest::isRelationship).sorted().iterator();
		for (int i = 0; i < lines.length; i++) {
			if (isRelationship(lines[i])) {
				lines[i] = sorted.next();
			}
		}
		return String.join("\n", lines);
	}

	private static boolean isRelationship(String line) {
		return line.contains(" --> ");
	}
}
