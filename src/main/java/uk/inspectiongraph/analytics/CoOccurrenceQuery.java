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
 * raise it, how many raise both, and the lift of the pair. One statement, which reads the
 * roll-up ({@code RAISED}, see {@code ingest/EventRollup}) rather than every finding: events as
 * units come from it whole; for findings as units only the anchor branch's findings are walked.
 */
@Component
class CoOccurrenceQuery {

	/** Events as units: every event in scope becomes the set of themes its roll-up raises. */
	static final String EVENTS = """
			MATCH (a:Authority)<-[:AT]-(e:Event)-[r:RAISED]->(t:Theme)
			WHERE %s AND ($polarity IS NULL OR r.polarity = $polarity)
			WITH e, collect(DISTINCT t.slug) AS slugs
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

	/**
	 * Findings as units: walks only the findings tagged with the anchor's branch (and their other
	 * tags); how many findings raise each theme and how many raise any come from the roll-up.
	 */
	static final String FINDINGS = """
			CALL () {
			  MATCH (a:Authority)<-[:AT]-(e:Event)
			  WHERE %1$s
			  RETURN sum(%2$s) AS unitCount
			}
			CALL () {
			  MATCH (anchor:Theme) WHERE anchor.slug IN $anchor
			  CALL (anchor) {
			    MATCH (anchor)<-[ta:TAGGED]-(f:Finding)
			    WHERE $polarity IS NULL OR ta.polarity = $polarity
			    RETURN f
			  }
			  MATCH (f)-[:ABOUT]->(e:Event)-[:AT]->(a:Authority)
			  WHERE %1$s
			  WITH DISTINCT f
			  RETURN collect(f) AS anchored
			}
			UNWIND anchored AS f
			MATCH (f)-[tg:TAGGED]->(t:Theme)
			WHERE ($polarity IS NULL OR tg.polarity = $polarity) AND NOT t.slug IN $anchor
			  AND ($themes IS NULL OR t.slug IN $themes)
			WITH unitCount, size(anchored) AS anchorCount, t, count(DISTINCT f) AS together
			WHERE together >= $minCount
			CALL (t) {
			  MATCH (t)<-[r:RAISED]-(e:Event)-[:AT]->(a:Authority)
			  WHERE ($polarity IS NULL OR r.polarity = $polarity) AND %1$s
			  RETURN sum(r.findings) AS themeCount
			}
			RETURN t.slug AS slug, t.name AS name, together, themeCount, anchorCount, unitCount,
			       toFloat(together) * unitCount / (anchorCount * themeCount) AS lift
			ORDER BY together DESC, lift DESC, name""".formatted(Scope.EVENT_PREDICATE, Scope.TAGGED_FINDINGS);

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	CoOccurrenceQuery(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	List<CoOccurrence> run(Scope scope, List<String> anchor, String within, int minCount) {
		Map<String, Object> parameters = scope.parameters(Map.of("anchor", anchor,
				"minCount", Math.max(1, minCount)));
		return cypher.list("EVENT".equals(within) ? EVENTS : FINDINGS, parameters, this::coOccurrence);
	}

	private CoOccurrence coOccurrence(Record row) {
		return new CoOccurrence(themes.view(row.get("slug").asString(), row.get("name").asString()),
				row.get("together").asInt(), row.get("themeCount").asInt(), row.get("anchorCount").asInt(),
				row.get("unitCount").asInt(), row.get("lift").asDouble());
	}
}
