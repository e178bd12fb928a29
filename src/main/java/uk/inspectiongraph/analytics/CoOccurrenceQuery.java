package uk.inspectiongraph.analytics;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.system.CypherReader;
import uk.inspectiongraph.theme.ThemeCatalog;

/**
 * Which themes appear alongside a theme: every unit (a finding, or an event with all its
 * findings) in scope becomes the set of themes it raises; for each other theme, how many units
 * raise it, how many raise both, and the lift of the pair. One statement.
 */
@Component
class CoOccurrenceQuery {

	static final String CYPHER = """
			MATCH (a:Authority)<-[:AT]-(e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			WHERE %s AND ($polarity IS NULL OR tg.polarity = $polarity)
			WITH CASE $within WHEN 'EVENT' THEN e.key ELSE f.id END AS unit, collect(DISTINCT t.slug) AS slugs
			WITH collect(slugs) AS units
			WITH units, [u IN units WHERE any(s IN u WHERE s IN $anchor)] AS anchored
			CALL (units) {
			  UNWIND units AS u
			  UNWIND u AS slug
			  RETURN slug, count(*) AS themeCount
			}
			WITH slug, themeCount, size(units) AS unitCount, size(anchored) AS anchorCount,
			     size([x IN anchored WHERE slug IN x]) AS together
			WHERE together >= $minCount AND NOT slug IN $anchor AND ($themes IS NULL OR slug IN $themes)
			MATCH (t:Theme {slug: slug})
			RETURN slug, t.name AS name, together, themeCount, anchorCount, unitCount,
			       toFloat(together) * unitCount / (anchorCount * themeCount) AS lift
			ORDER BY together DESC, lift DESC, name""".formatted(Scope.EVENT_PREDICATE);

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	CoOccurrenceQuery(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	List<CoOccurrence> run(Scope scope, List<String> anchor, String within, int minCount) {
		Map<String, Object> parameters = scope.parameters(Map.of("anchor", anchor, "within", within,
				"minCount", Math.max(1, minCount)));
		return cypher.list(CYPHER, parameters, this::coOccurrence);
	}

	private CoOccurrence coOccurrence(Record row) {
		return new CoOccurrence(themes.view(row.get("slug").asString(), row.get("name").asString()),
				row.get("together").asInt(), row.get("themeCount").asInt(), row.get("anchorCount").asInt(),
				row.get("unitCount").asInt(), row.get("lift").asDouble());
	}
}
