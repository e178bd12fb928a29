package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.theme.ThemeCatalog;
import uk.inspectiongraph.api.theme.ThemeView;

/**
 * How often each theme was raised per year, region or authority: for every column, the number of
 * events in scope, and per theme the events and findings in it raising the theme. The rows for
 * heatmaps ({@code themeMatrix}) and a single theme's trend ({@code themeTrend}) both come from
 * this one statement, which reads the roll-up ({@code RAISED}, or {@code RAISED_AS} when some
 * finding kinds only count) of the events, not their findings;
 * zero cells are filled in here. A finding has at most one tag per theme, so the findings of a
 * theme's cell are the sum of its roll-ups; those of a whole branch ({@code themeTrend}) are
 * counted once each from the roll-ups' finding ids.
 */
@Component
class MatrixQueries {

	/** The column of event {@code e} at authority {@code a}: its key and label. */
	private static final String COLUMN = """
			CASE $by WHEN 'YEAR' THEN coalesce(toString(e.year), 'unknown')
			  WHEN 'REGION' THEN coalesce(a.region, 'unknown') ELSE a.code END AS key,
			CASE $by WHEN 'YEAR' THEN coalesce(toString(e.year), 'unknown')
			  WHEN 'REGION' THEN coalesce(a.region, 'unknown') ELSE a.name END AS label""";

	/** Per cell, from the roll-ups {@code r} of theme {@code t}: events, and findings counted once each. */
	private static final String CELL = """
			CASE WHEN t IS NULL THEN null ELSE coalesce($rollup, t.slug) END AS slug,
			CASE WHEN t IS NULL THEN null ELSE coalesce($rollup, t.name) END AS name,
			count(DISTINCT CASE WHEN t IS NULL THEN null ELSE e END) AS eventCount,
			coalesce(sum(r.findings), 0) AS findings,
			collect(CASE WHEN $rollup IS NULL THEN null ELSE r.findingIds END) AS idLists
			CALL (idLists) {
			  UNWIND idLists AS ids
			  UNWIND ids AS id
			  RETURN count(DISTINCT id) AS distinctFindings
			}""";

	/** Every theme: the roll-up of every event in scope, per column. */
	static final String EVERY_THEME = """
			MATCH (a:Authority)<-[:AT]-(e:Event)
			WHERE %1$s
			WITH e, %2$s
			WITH key, label, collect(e) AS events
			UNWIND events AS e
			OPTIONAL MATCH (e)-[r:RAISED]->(t:Theme)
			WHERE %3$s
			WITH key, label, size(events) AS totalEvents, %4$s
			RETURN key, label, totalEvents, slug, name, eventCount,
			       CASE WHEN $rollup IS NULL THEN findings ELSE distinctFindings END AS findingCount""".formatted(
			Scope.EVENT_PREDICATE, COLUMN, Scope.RAISED_PREDICATE, CELL);

	/** The themes asked for: the columns' events counted, then only those themes' roll-ups read. */
	static final String OF_THEMES = """
			CALL () {
			  MATCH (a:Authority)<-[:AT]-(e:Event)
			  WHERE %1$s
			  WITH %2$s
			  WITH key, label, count(*) AS totalEvents
			  RETURN collect({key: key, label: label, totalEvents: totalEvents}) AS columns
			}
			CALL () {
			  MATCH (t:Theme) WHERE t.slug IN $themes
			  MATCH (t)<-[r:RAISED]-(e:Event)-[:AT]->(a:Authority)
			  WHERE ($polarity IS NULL OR r.polarity = $polarity) AND %4$s AND %1$s
			  WITH e, t, r, %2$s
			  WITH key, %3$s
			  RETURN collect({key: key, slug: slug, name: name, eventCount: eventCount,
			         findingCount: CASE WHEN $rollup IS NULL THEN findings ELSE distinctFindings END}) AS cells
			}
			UNWIND columns AS c
			WITH c, [x IN cells WHERE x.key = c.key] AS found
			UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS x
			RETURN c.key AS key, c.label AS label, c.totalEvents AS totalEvents, x.slug AS slug, x.name AS name,
			       coalesce(x.eventCount, 0) AS eventCount, coalesce(x.findingCount, 0) AS findingCount""".formatted(
			Scope.EVENT_PREDICATE, COLUMN, CELL, Scope.RAISED_KIND);

	/** Keeps column roll-up cell {@code c} to the columns ({@code *} by year, the regions by region), years and kinds. */
	private static final String COLUMN_CELL = """
			c.allYears = ($from IS NULL AND $to IS NULL AND $by = 'REGION') AND c.allKinds = ($eventKinds IS NULL)
			AND CASE $by WHEN 'YEAR' THEN c.region = '*' ELSE c.region <> '*' END
			AND ($from IS NULL OR c.year >= $from) AND ($to IS NULL OR c.year <= $to)
			AND ($eventKinds IS NULL OR c.kind IN $eventKinds)""";

	/**
	 * Every theme or the themes asked for, by year or region, from the column roll-up
	 * ({@code graph/write/ColumnRollupQueries}) rather than the events: for scopes of every authority
	 * and finding kind. A theme's trend ({@code $rollup}) reads its branch's cells when it has
	 * narrower themes; an event is at one authority (its key holds the authority's code), so a
	 * theme's findings counted per authority are its findings counted once each.
	 */
	private static String fromColumns(String themes) {
		return """
				CALL () {
				  MATCH (c:RegionYear)
				  WHERE %1$s
				  WITH CASE $by WHEN 'YEAR' THEN coalesce(toString(c.year), 'unknown') ELSE c.region END AS key,
				       sum(c.events) AS totalEvents
				  RETURN collect({key: key, label: key, totalEvents: totalEvents}) AS columns
				}
				CALL () {
				  MATCH (c:ThemeRegionYear)
				  WHERE %2$s AND c.polarity = coalesce($polarity, 'ANY')
				    AND c.branch = ($rollup IS NOT NULL AND size($themes) > 1) AND %1$s
				  WITH CASE $by WHEN 'YEAR' THEN coalesce(toString(c.year), 'unknown') ELSE c.region END AS key,
				       c.theme AS slug, sum(c.events) AS eventCount, sum(c.findings) AS findingCount
				  MATCH (t:Theme {slug: slug})
				  RETURN collect({key: key, slug: slug, name: CASE WHEN $rollup IS NULL THEN t.name ELSE $rollup END,
				         eventCount: eventCount, findingCount: findingCount}) AS cells
				}
				UNWIND columns AS c
				WITH c, [x IN cells WHERE x.key = c.key] AS found
				UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE found END AS x
				RETURN c.key AS key, c.label AS label, c.totalEvents AS totalEvents, x.slug AS slug, x.name AS name,
				       coalesce(x.eventCount, 0) AS eventCount, coalesce(x.findingCount, 0) AS findingCount""".formatted(
				COLUMN_CELL, themes);
	}

	/** Every theme or the themes asked for ({@code $themes}), from the column roll-up. */
	static final String FROM_COLUMNS = fromColumns("($themes IS NULL OR c.theme IN $themes)");

	/** One theme's trend ({@code $rollup}, its branch in {@code $themes}), from the column roll-up: its cells found by theme. */
	static final String TREND_FROM_COLUMNS = fromColumns("c.theme = $rollup");

	/** {@link #EVERY_THEME} for some finding kinds. */
	static final String EVERY_THEME_BY_KIND = Scope.byFindingKind(EVERY_THEME);

	/** {@link #OF_THEMES} for some finding kinds. */
	static final String OF_THEMES_BY_KIND = Scope.byFindingKind(OF_THEMES);

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	MatrixQueries(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	/** The matrix of the themes in scope, one row per theme ({@code rollup} null) or one row for all. */
	ThemeMatrix run(Scope scope, Dimension by, boolean normalise, List<String> rowSlugs, String rollup) {
		Map<String, Object> more = new HashMap<>();
		more.put("by", by.name());
		more.put("rollup", rollup);
		String statement = statement(scope, by, rollup);
		List<Cell> cells = cypher.list(statement, scope.parameters(more), Cell::of);
		List<ThemeMatrix.Column> columns = columns(cells, by);
		Map<String, ThemeView> rowThemes = new LinkedHashMap<>();
		if (rowSlugs != null) {
			rowSlugs.forEach(slug -> rowThemes.put(slug, themes.view(slug, slug)));
		}
		cells.stream().filter(c -> c.slug() != null).forEach(c -> rowThemes.putIfAbsent(c.slug(), themes.view(c.slug(), c.name())));
		List<ThemeMatrix.Row> rows = rowThemes.values().stream().map(theme -> row(theme, columns, cells, normalise))
			.sorted(Comparator.comparingInt(ThemeMatrix.Row::total).reversed().thenComparing(r -> r.theme().name()))
			.toList();
		return new ThemeMatrix(by, columns, rows, normalise);
	}

	/**
	 * From the column roll-up by year or region when every authority and finding kind counts; else
	 * every theme's rows or the themes asked for, from the events' roll-up (by finding kind when
	 * some kinds only count).
	 */
	static String statement(Scope scope, Dimension by, String rollup) {
		if (by != Dimension.AUTHORITY && !scope.narrowsAuthorities() && !scope.narrowsFindingKinds()) {
			return rollup == null ? FROM_COLUMNS : TREND_FROM_COLUMNS;
		}
		if (scope.narrowsFindingKinds()) {
			return scope.themes() == null ? EVERY_THEME_BY_KIND : OF_THEMES_BY_KIND;
		}
		return scope.themes() == null ? EVERY_THEME : OF_THEMES;
	}

	private static List<ThemeMatrix.Column> columns(List<Cell> cells, Dimension by) {
		Map<String, ThemeMatrix.Column> columns = new LinkedHashMap<>();
		cells.forEach(c -> columns.putIfAbsent(c.key(), new ThemeMatrix.Column(c.key(), c.label(), c.totalEvents())));
		Comparator<ThemeMatrix.Column> order = by == Dimension.YEAR ? Comparator.comparing(ThemeMatrix.Column::key)
				: Comparator.comparing(ThemeMatrix.Column::label);
		return columns.values().stream().sorted(order).toList();
	}

	private static ThemeMatrix.Row row(ThemeView theme, List<ThemeMatrix.Column> columns, List<Cell> cells,
			boolean normalise) {
		List<Double> values = new ArrayList<>();
		List<Integer> events = new ArrayList<>();
		List<Integer> findings = new ArrayList<>();
		for (ThemeMatrix.Column column : columns) {
			Cell cell = cells.stream().filter(c -> theme.slug().equals(c.slug()) && column.key().equals(c.key()))
				.findFirst().orElse(null);
			int eventCount = cell == null ? 0 : cell.eventCount();
			events.add(eventCount);
			findings.add(cell == null ? 0 : cell.findingCount());
			values.add(normalise ? rate(eventCount, column.totalEvents()) : eventCount);
		}
		return new ThemeMatrix.Row(theme, values, events, findings, events.stream().mapToInt(Integer::intValue).sum());
	}

	static double rate(int count, int total) {
		return total == 0 ? 0 : (double) count / total;
	}

	/** One row of the statement: a column's total and, unless slug is null, one theme's counts in it. */
	private record Cell(String key, String label, int totalEvents, String slug, String name, int eventCount,
			int findingCount) {

		static Cell of(Record row) {
			return new Cell(row.get("key").asString(), row.get("label").asString(), row.get("totalEvents").asInt(),
					row.get("slug").asString(null), row.get("name").asString(null), row.get("eventCount").asInt(),
					row.get("findingCount").asInt());
		}
	}
}
