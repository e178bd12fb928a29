package uk.inspectiongraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's style and queries as Neo4j Browser stores them, read from graph-seed/browser. */
class NeoBrowserPresetTest {

	@Test
	void theStyleSheetBecomesSelectorsWithTheirPropertiesAsTheBrowserStoresThem() throws IOException {
		Map<String, Map<String, String>> grass = NeoBrowserPreset.grass(Files.readString(Path.of("graph-seed/browser/style.grass")));

		assertThat(grass).containsKeys("node", "relationship");
		assertThat(grass.get("node")).containsEntry("diameter", "50px").containsEntry("color", "#BBBBBB");
		assertThat(grass.get("node.Authority")).containsEntry("color", "#0072B2").containsEntry("caption", "{name}");
		assertThat(grass.get("relationship")).containsEntry("caption", "<type>");
		assertThat(grass.get("node.Event")).containsEntry("caption", "{kind} {year}").containsEntry("diameter", "55px");
		assertThat(grass).hasSize(13).containsKey("relationship.TAGGED");
	}

	@Test
	void eachNumberedQueryBecomesAFavouriteNamedByItsTitle() throws IOException {
		List<Map<String, String>> favourites = NeoBrowserPreset
			.favourites(Files.readString(Path.of("graph-seed/browser/queries.cypher")));

		assertThat(favourites).hasSizeGreaterThanOrEqualTo(5);
		assertThat(favourites.get(0).get("content")).startsWith("// An authority's neighbourhood\n:param name => 'Warwickshire';\nMATCH (a:Authority)");
		assertThat(favourites.get(1).get("content")).startsWith("// A theme's recurrence\n");
		assertThat(favourites).allSatisfy(f -> assertThat(f).containsEntry("folder", "inspection-graph"));
	}
}
