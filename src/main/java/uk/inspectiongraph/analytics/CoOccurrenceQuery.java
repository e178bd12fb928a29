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
 * roll-ups rather than every finding:
 * <ul>
 * <li>the units in scope are counted from the events' roll-up counts ({@code ingest/EventRollup});</li>
 * <li>the anchor's units, and the other themes they raise, are the findings tagged with the anchor's
 * branch (walked from those themes, their events checked against the scope once per event) and
 * their other tags, or the events whose {@code RAISED} name the branch and their other
 * {@code RAISED};</li>
 * <li>the units raising each theme are summed from the theme-year cells
 * ({@code ingest/ThemeYearRollup}) when the scope keeps every authority, and from the events in
 * scope otherwise.</li>
 * </ul>
 * The anchor's units per theme and the theme's units in scope come out of one subquery, as rows
 * of {@code t}, {@code unit} (an anchor's unit raising {@code t}) and {@code counted} (units
 * raising {@code t}), aggregated per theme in the shared end.
 */
@Component
class CoOccurrenceQuery {

	/** The shared end: per theme, the anchor's units raising it and the units in scope raising it. */
	private static final String PER_THEME = """
			}
			WITH unitCount, size(anchored) AS anchorCount, t, count(DISTINCT unit) AS together,
			     sum(counted) AS themeCount
			WHERE together >= $minCount AND NOT t.slug IN $anchor AND ($themes IS NULL OR t.slug IN $themes)
			RETURN t.slug AS slug, t.name AS name, together, themeCount, anchorCount, unitCount,
			       toFloat(together) * unitCount / (anchorCount * themeCount) AS lift
			ORDER BY together DESC, lift DESC, name""";

	/**
	 * Findings as units, up to the themes' counts: the findings with a tag of the polarity (the
	 * events' counts), the anchor's findings ({@code TAGGED} always runs from a finding to a theme,
	 * {@code ABOUT} from a finding to its event) and each one's themes.
	 */
	private static final String FINDING_UNITS = """
			CALL () {
			  MATCH (a:Authority)<-[:AT]-(e:Event)
			  WHERE %1$s
			  RETURN sum(%2$s) AS unitCount
			}
			CALL () {
			  MATCH (anchor:Theme)<-[ta:TAGGED]-(f)-[:ABOUT]->(e)
			  WHERE anchor.slug IN $anchor AND ($polarity IS NULL OR ta.polarity = $polarity)
			  WITH e, collect(f) AS findings
			  MATCH (e)-[:AT]->(a:Authority)
			  WHERE %1$s
			  UNWIND findings AS f
			  RETURN collect(DISTINCT f) AS anchored
			}
			CALL (anchored) {
			  UNWIND anchored AS f
			  MATCH (f)-[tg:TAGGED]->(t)
			  WHERE $polarity IS NULL OR tg.polarity = $polarity
			  RETURN t, f AS unit, null AS counted
			  UNION ALL
			""".formatted(Scope.EVENT_PREDICATE, Scope.TAGGED_FINDINGS);

	/** Findings as units, each theme's findings summed from the theme-year cells: for every authority. */
	static final String FINDINGS_FROM_THEME_YEARS = FINDING_UNITS + """
			  MATCH (c:ThemeYear)-[:OF]->(t)
			  WHERE %s
			  RETURN t, null AS unit, c.findings AS counted
			""".formatted(Scope.CELL_PREDICATE) + PER_THEME;

	/** Findings as units, each theme's findings summed from the events in scope: for some authorities. */
	static final String FINDINGS_FROM_EVENTS = FINDING_UNITS + """
			  MATCH (a:Authority)<-[:AT]-(e:Event)-[r:RAISED]->(t)
			  WHERE %s AND ($polarity IS NULL OR r.polarity = $polarity)
			  RETURN t, null AS unit, r.findings AS counted
			""".formatted(Scope.EVENT_PREDICATE) + PER_THEME;

	/**
	 * Events as units, for every authority: the events with a tag of the polarity (the events'
	 * counts), the anchor's events and each one's themes ({@code RAISED} always runs from an event),
	 * and each theme's events summed from the theme-year cells.
	 */
	static final String EVENTS_FROM_THEME_YEARS = """
			CALL () {
			  MATCH (a:Authority)<-[:AT]-(e:Event)
			  WHERE %1$s AND %2$s > 0
			  RETURN count(e) AS unitCount
			}
			CALL () {
			  MATCH (anchor:Theme)<-[ra:RAISED]-(e)-[:AT]->(a:Authority)
			  WHERE anchor.slug IN $anchor AND ($polarity IS NULL OR ra.polarity = $polarity) AND %1$s
			  RETURN collect(DISTINCT e) AS anchored
			}
			CALL (anchored) {
			  UNWIND anchored AS e
			  MATCH (e)-[r:RAISED]->(t)
			  WHERE $polarity IS NULL OR r.polarity = $polarity
			  RETURN t, e AS unit, null AS counted
			  UNION ALL
			  MATCH (c:ThemeYear)-[:OF]->(t)
			  WHERE %3$s
			  RETURN t, null AS unit, c.events AS counted
			""".formatted(Scope.EVENT_PREDICATE, Scope.TAGGED_FINDINGS, Scope.CELL_PREDICATE) + PER_THEME;

	/**
	 * Events as units, for some authorities: every event in scope becomes the set of themes its
	 * roll-up raises, in one pass over those events (cheaper, when they are few, than reading the
	 * anchor's events apart).
	 */
	static final String EVENTS_FROM_EVENTS = """
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

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	CoOccurrenceQuery(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	List<CoOccurrence> run(Scope scope, List<String> anchor, String within, int minCount) {
		Map<String, Object> parameters = scope.parameters(Map.of("anchor", anchor,
				"minCount", Math.max(1, minCount)));
		return cypher.list(statement("EVENT".equals(within), scope.narrowsAuthorities()), parameters,
				this::coOccurrence);
	}

	/** The statement for events or findings as units; the theme-year cells cannot tell authorities apart. */
	static String statement(boolean events, boolean someAuthorities) {
		if (events) {
			return someAuthorities ? EVENTS_FROM_EVENTS : EVENTS_FROM_THEME_YEARS;
		}
		return someAuthorities ? FINDINGS_FROM_EVENTS : FINDINGS_FROM_THEME_YEARS;
	}

	private CoOccurrence coOccurrence(Record row) {
		return new CoOccurrence(themes.view(row.get("slug").asString(), row.get("name").asString()),
				row.get("together").asInt(), row.get("themeCount").asInt(), row.get("anchorCount").asInt(),
				row.get("unitCount").asInt(), row.get("lift").asDouble());
	}
}
