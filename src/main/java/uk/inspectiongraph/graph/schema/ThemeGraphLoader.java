package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.reading.taxonomy.Theme;
import uk.inspectiongraph.reading.taxonomy.Taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;


/**
 * Merges the taxonomy into the graph as {@code Theme} nodes, each narrower theme linked to its
 * parent by {@code BROADER}. Trigger and exclusion phrases travel with the node so that an analyst
 * in Neo4j Browser can see why a theme is raised. A parent changed in {@code themes.yml} moves the
 * theme on the next start.
 */
@Component
class ThemeGraphLoader implements ReferenceDataLoader {

	private final Taxonomy taxonomy;

	private final Neo4jClient neo4j;

	ThemeGraphLoader(Taxonomy taxonomy, Neo4jClient neo4j) {
		this.taxonomy = taxonomy;
		this.neo4j = neo4j;
	}

	@Override
	public int load() {
		List<Map<String, Object>> rows = rows();
		neo4j.query(ReferenceDataQueries.MERGE_THEMES).bind(rows).to("themes").run();
		neo4j.query(ReferenceDataQueries.LINK_BROADER).bind(rows).to("themes").run();
		return rows.size();
	}

	@Override
	public String fingerprint() {
		return ReferenceFingerprint.of(rows());
	}

	private List<Map<String, Object>> rows() {
		return taxonomy.themes().stream().map(ThemeGraphLoader::row).toList();
	}

	private static Map<String, Object> row(Theme theme) {
		Map<String, Object> row = new HashMap<>();
		row.put("slug", theme.slug());
		row.put("name", theme.name());
		row.put("description", theme.description());
		row.put("parent", theme.parent());
		row.put("group", theme.isGroup());
		row.put("triggers", theme.triggers());
		row.put("exclusions", theme.exclusions());
		row.put("roles", theme.roles());
		row.put("weak", theme.weak());
		return row;
	}
}
