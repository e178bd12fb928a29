package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.theme.ThemeCatalog;

/**
 * Which themes appear alongside a theme: every unit (a finding, or an event with all its
 * findings) in scope becomes the set of themes it raises; for each other theme, how many units
 * raise it, how many raise both, and the lift of the pair. One statement, which reads the
 * roll-ups rather than every finding:
 * <ul>
 * <li>the units in scope are counted from the events' roll-up counts ({@code ingest/EventRollupQueries});</li>
 * <li>the anchor's units, and the other themes they raise, are the findings tagged with the anchor's
 * branch (walked from those themes, their events checked against the scope once per event) and
 * their other tags, or the events whose {@code RAISED} name the branch and their other
 * {@code RAISED};</li>
 * <li>the units raising each theme are summed from the theme-year cells
 * ({@code ingest/ThemeYearRollupQueries}) when the scope keeps every authority, and from the events in
 * scope otherwise;</li>
 * <li>asked of some finding kinds, the anchor's findings are those of the kinds, the events'
 * {@code RAISED_AS} (per finding kind) stand for their {@code RAISED} and the units in scope are
 * counted from the events' {@code taggedKinds}.</li>
 * </ul>
 * The anchor's units per theme and the theme's units in scope come out of one subquery, as rows
 * of {@code t}, {@code unit} (an anchor's unit raising {@code t}) and {@code counted} (units
 * raising {@code t}), aggregated per theme in the shared end.
 */
@Component
class CoOccurrenceQueries {

	/** Findings in scope: those with a tag of the polarity, from the events' counts. */
	private static final String FINDINGS_IN_SCOPE = """
			CALL () {
			  MATCH (a:Authority)<-[:AT]-(e:Event)
			  WHERE %s
			  RETURN sum(%s) AS unitCount
			}
			""".formatted(Scope.EVENT_PREDICATE, Scope.TAGGED_FINDINGS);

	/**
	 * The anchor's findings: tagged with its branch ({@code TAGGED} always runs from a finding to a
	 * theme, {@code ABOUT} from a finding to its event), each event checked against the scope once.
	 */
	private static final String ANCHOR_FINDINGS = """
			CALL () {
			  MATCH (anchor:Theme)<-[ta:TAGGED]-(f)-[:ABOUT]->(e)
			  WHERE anchor.slug IN $anchor AND ($polarity IS NULL OR ta.polarity = $polarity)
			    AND ($findingKinds IS NULL OR f.kind IN $findingKinds)
			  WITH e, collect(f) AS findings
			  MATCH (e)-[:AT]->(a:Authority)
			  WHERE %s
			  UNWIND findings AS f
			  RETURN collect(DISTINCT f) AS anchored
			}
			""".formatted(Scope.EVENT_PREDICATE);

	/** Events in scope: those with a tag of the polarity, from the events' counts. */
	private static final String EVENTS_IN_SCOPE = """
			CALL () {
			  MATCH (a:Authority)<-[:AT]-(e:Event)
			  WHERE %s AND %s > 0
			  RETURN count(e) AS unitCount
			}
			""".formatted(Scope.EVENT_PREDICATE, Scope.TAGGED_FINDINGS);

	/** The anchor's events: those whose {@code RAISED} name its branch ({@code RAISED} always runs from an event). */
	private static final String ANCHOR_EVENTS = """
			CALL () {
			  MATCH (anchor:Theme)<-[ra:RAISED]-(e)-[:AT]->(a:Authority)
			  WHERE anchor.slug IN $anchor AND ($polarity IS NULL OR ra.polarity = $polarity)
			    AND ($findingKinds IS NULL OR ra.findingKind IN $findingKinds) AND %s
			  RETURN collect(DISTINCT e) AS anchored
			}
			""".formatted(Scope.EVENT_PREDICATE);

	/** Each theme's findings in scope, summed from the theme-year cells. */
	private static final String THEME_FINDINGS_FROM_CELLS = themeCells("findings");

	/** Each theme's events in scope, summed from the theme-year cells. */
	private static final String THEME_EVENTS_FROM_CELLS = themeCells("events");

	/** Each theme's findings in scope, summed from the roll-up of the events in scope. */
	private static final String THEME_FINDINGS_FROM_EVENTS = """
			  MATCH (a:Authority)<-[:AT]-(e:Event)-[r:RAISED]->(t)
			  WHERE %s AND ($polarity IS NULL OR r.polarity = $polarity) AND %s
			  RETURN t, null AS unit, r.findings AS counted
			""".formatted(Scope.EVENT_PREDICATE, Scope.RAISED_KIND);

	/** Findings as units, each theme's findings from the theme-year cells: for every authority. */
	static final String FINDINGS_FROM_THEME_YEARS = perTheme(FINDINGS_IN_SCOPE + ANCHOR_FINDINGS, "TAGGED",
			THEME_FINDINGS_FROM_CELLS);

	/** Findings as units, each theme's findings from the events in scope: for some authorities. */
	static final String FINDINGS_FROM_EVENTS = perTheme(FINDINGS_IN_SCOPE + ANCHOR_FINDINGS, "TAGGED",
			THEME_FINDINGS_FROM_EVENTS);

	/** Events as units, each theme's events from the theme-year cells: for every authority. */
	static final String EVENTS_FROM_THEME_YEARS = perTheme(EVENTS_IN_SCOPE + ANCHOR_EVENTS, "RAISED",
			THEME_EVENTS_FROM_CELLS);

	/**
	 * Events as units, for some authorities: every event in scope becomes the set of themes its
	 * roll-up raises, in one pass over those events (cheaper, when they are few, than reading the
	 * anchor's events apart).
	 */
	static final String EVENTS_FROM_EVENTS = """
			MATCH (a:Authority)<-[:AT]-(e:Event)-[r:RAISED]->(t:Theme)
			WHERE %s AND ($polarity IS NULL OR r.polarity = $polarity) AND %s
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
			ORDER BY together DESC, lift DESC, name""".formatted(Scope.EVENT_PREDICATE, Scope.RAISED_KIND);

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	CoOccurrenceQueries(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	List<CoOccurrence> run(Scope scope, List<String> anchor, String within, int minCount) {
		Map<String, Object> parameters = scope.parameters(Map.of("anchor", anchor,
				"minCount", Math.max(1, minCount)));
		return cypher.list(statement("EVENT".equals(within), scope), parameters,
				this::coOccurrence);
	}

	/**
	 * Each theme's {@code measure} in scope ({@code findings} or {@code events}, always a constant
	 * of this class), summed from the theme-year cells.
	 */
	private static String themeCells(String measure) {
		return """
				  MATCH (c:ThemeYear)-[:OF]->(t)
				  WHERE %s
				  RETURN t, null AS unit, c.%s AS counted
				""".formatted(Scope.CELL_PREDICATE, measure);
	}

	/**
	 * The statement every roll-up reading shares: after the units in scope ({@code unitCount}) and
	 * the anchor's units ({@code anchored}), one subquery gives rows of a theme {@code t} with either
	 * an anchor's unit raising it (through {@code tag}, {@code TAGGED} or {@code RAISED}, a constant
	 * of this class) or a count of the units in scope raising it, and the end sums them per theme.
	 */
	private static String perTheme(String units, String tag, String themeUnits) {
		return units + """
				CALL (anchored) {
				  UNWIND anchored AS unit
				  MATCH (unit)-[tag:%s]->(t)
				  WHERE ($polarity IS NULL OR tag.polarity = $polarity)
				    AND ($findingKinds IS NULL OR coalesce(tag.findingKind, unit.kind) IN $findingKinds)
				  RETURN t, unit, null AS counted
				  UNION ALL
				%s}
				WITH unitCount, size(anchored) AS anchorCount, t, count(DISTINCT unit) AS together,
				     sum(counted) AS themeCount
				WHERE together >= $minCount AND NOT t.slug IN $anchor AND ($themes IS NULL OR t.slug IN $themes)
				RETURN t.slug AS slug, t.name AS name, together, themeCount, anchorCount, unitCount,
				       toFloat(together) * unitCount / (anchorCount * themeCount) AS lift
				ORDER BY together DESC, lift DESC, name""".formatted(tag, themeUnits);
	}

	/**
	 * Findings or events as units ({@code measure}, a constant of this class), every count from the
	 * theme-pair cells ({@code graph/write/ThemePairRollupQueries}): the units in scope are the pair
	 * (any, any), the anchor's (anchor, any), a theme's (any, theme), both (anchor, theme).
	 */
	private static String fromPairs(String measure) {
		return """
				MATCH (c:ThemePair)
				WHERE c.anchor IN [$anchor[0], '*'] AND c.polarity = coalesce($polarity, 'ANY')
				  AND ($from IS NULL OR c.year >= $from) AND ($to IS NULL OR c.year <= $to)
				  AND ($eventKinds IS NULL OR c.kind IN $eventKinds)
				WITH c.anchor AS anchor, c.theme AS theme, sum(c.%s) AS n
				WHERE n > 0
				WITH collect([anchor, theme, n]) AS cells
				WITH cells, head([x IN cells WHERE x[0] = '*' AND x[1] = '*' | x[2]]) AS unitCount,
				     head([x IN cells WHERE x[0] <> '*' AND x[1] = '*' | x[2]]) AS anchorCount
				UNWIND [x IN cells WHERE x[0] <> '*' AND x[1] <> '*'] AS x
				WITH unitCount, anchorCount, x[1] AS slug, x[2] AS together,
				     head([y IN cells WHERE y[0] = '*' AND y[1] = x[1] | y[2]]) AS themeCount
				WHERE together >= $minCount AND NOT slug IN $anchor AND ($themes IS NULL OR slug IN $themes)
				MATCH (t:Theme {slug: slug})
				RETURN slug, t.name AS name, together, themeCount, anchorCount, unitCount,
				       toFloat(together) * unitCount / (anchorCount * themeCount) AS lift
				ORDER BY together DESC, lift DESC, name""".formatted(measure);
	}

	/** Findings as units, from the theme-pair cells: for every authority and finding kind. */
	static final String FINDINGS_FROM_PAIRS = fromPairs("findings");

	/** Events as units, from the theme-pair cells: for every authority and finding kind. */
	static final String EVENTS_FROM_PAIRS = fromPairs("events");

	/** Findings as units, for some finding kinds: from the events' roll-up by kind. */
	static final String FINDINGS_BY_KIND = Scope.byFindingKind(FINDINGS_FROM_EVENTS);

	/** Events as units, for some finding kinds: from the events' roll-up by kind. */
	static final String EVENTS_BY_KIND = Scope.byFindingKind(EVENTS_FROM_EVENTS);

	/**
	 * The statement for events or findings as units: from the theme-pair cells for every authority
	 * and finding kind; the cells cannot tell authorities or finding kinds apart.
	 */
	static String statement(boolean events, Scope scope) {
		if (scope.narrowsFindingKinds()) {
			return events ? EVENTS_BY_KIND : FINDINGS_BY_KIND;
		}
		if (!scope.narrowsAuthorities()) {
			return events ? EVENTS_FROM_PAIRS : FINDINGS_FROM_PAIRS;
		}
		return statement(events, scope.narrowsAuthorities());
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
