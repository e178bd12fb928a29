package uk.inspectiongraph.graph.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The theme-year roll-up that answers the national questions (which themes recur, and where)
 * without reading every event: one {@code (:ThemeYear)-[:OF]->(:Theme)} node per theme, year,
 * event kind and polarity (and polarity {@code ANY}, for questions asked about every polarity),
 * summing the event roll-up ({@code RAISED}, see {@link EventRollupQueries}) of the events of that year
 * and kind. It holds {@code events} (events raising the theme), {@code findings} (findings raising
 * it), {@code authorities} (their ONS codes, each once), {@code firstSeen} and {@code lastSeen}
 * (earliest and latest event start) and {@code samples} (the ids of up to three of the findings,
 * by authority name, then event date, then document order). An event with no start date belongs
 * to the cells of its kind with no {@code year}.
 * <p>
 * Beside them, the same cells split by the findings' kind, one {@code (:ThemeYearKind)-[:OF]->(:Theme)}
 * per theme, year, event kind, polarity (and {@code ANY}) and {@code findingKind}, summing the
 * event roll-up by kind ({@code RAISED_AS}); each also holds {@code eventKeys}, the keys of its
 * events, so that a question about several finding kinds counts an event raising the theme in
 * findings of two kinds once.
 * <p>
 * {@link #REFRESH} recomputes the cells of the years and kinds the touched events have now and had
 * before the write ({@code $cells}); the writer runs it after the event roll-up. Migration
 * {@code V006} runs {@link #REFRESH_ALL}, the same body over every year and kind, for graphs
 * ingested before it existed, and {@code V009} for graphs rolled up before the finding kinds.
 */
public final class ThemeYearRollupQueries {

	/** The cells the events had before a write changed them (their year and kind), as {@code cell}. */
	static final String CELLS_OF_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			WHERE e.kind IS NOT NULL
			RETURN DISTINCT {year: e.year, kind: e.kind} AS cell""";

	/** The body of {@link #REFRESH} and {@link #REFRESH_ALL}: recomputes the cells of {@code year} and {@code kind}. */
	static final String BODY = """
			CALL (year, kind) {
			  MATCH (old:ThemeYear {kind: kind})
			  WHERE old.year = year OR (old.year IS NULL AND year IS NULL)
			  DETACH DELETE old
			}
			CALL (year, kind) {
			  MATCH (old:ThemeYearKind {kind: kind})
			  WHERE old.year = year OR (old.year IS NULL AND year IS NULL)
			  DETACH DELETE old
			}
			CALL (year, kind) {
			  MATCH (a:Authority)<-[:AT]-(e:Event {kind: kind})-[r:RAISED]->(t:Theme)
			  WHERE e.year = year OR (e.year IS NULL AND year IS NULL)
			  WITH t, a, e, r ORDER BY a.name, e.startDate
			  UNWIND [r.polarity, 'ANY'] AS polarity
			  WITH t, polarity, count(DISTINCT e) AS events, sum(r.findings) AS findings,
			       collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen,
			       max(e.startDate) AS lastSeen, collect(r.findingIds[..3]) AS ids
			  CREATE (c:ThemeYear {theme: t.slug, year: year, kind: kind, polarity: polarity, events: events,
			          findings: findings, authorities: authorities, firstSeen: firstSeen, lastSeen: lastSeen,
			          samples: reduce(s = [], l IN ids | CASE WHEN size(s) >= 3 THEN s ELSE s + l END)[..3]})-[:OF]->(t)
			}
			CALL (year, kind) {
			  MATCH (a:Authority)<-[:AT]-(e:Event {kind: kind})-[r:RAISED_AS]->(t:Theme)
			  WHERE e.year = year OR (e.year IS NULL AND year IS NULL)
			  WITH t, a, e, r ORDER BY a.name, e.startDate
			  UNWIND [r.polarity, 'ANY'] AS polarity
			  WITH t, r.findingKind AS findingKind, polarity, collect(DISTINCT e.key) AS eventKeys,
			       sum(r.findings) AS findings, collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen,
			       max(e.startDate) AS lastSeen, collect(r.findingIds[..3]) AS ids
			  CREATE (c:ThemeYearKind {theme: t.slug, year: year, kind: kind, polarity: polarity,
			          findingKind: findingKind, events: size(eventKeys), eventKeys: eventKeys, findings: findings,
			          authorities: authorities, firstSeen: firstSeen, lastSeen: lastSeen,
			          samples: reduce(s = [], l IN ids | CASE WHEN size(s) >= 3 THEN s ELSE s + l END)[..3]})-[:OF]->(t)
			}""";

	/** Recomputes the cells of the events {@code $keys} now and of the cells {@code $cells} they had before. */
	public static final String REFRESH = """
			CALL () {
			  UNWIND $keys AS key
			  MATCH (e:Event {key: key})
			  WHERE e.kind IS NOT NULL
			  RETURN e.year AS year, e.kind AS kind
			  UNION
			  UNWIND $cells AS cell
			  RETURN cell.year AS year, cell.kind AS kind
			}
			""" + BODY;

	/** The head of {@link #REFRESH_ALL}: every year and kind that some event has. */
	static final String EVERY_CELL = """
			MATCH (e:Event)
			WHERE e.kind IS NOT NULL
			WITH DISTINCT e.year AS year, e.kind AS kind
			""";

	/** Recomputes every cell: the backfill of migrations V006 and V009; no parameters. */
	public static final String REFRESH_ALL = EVERY_CELL + BODY;

	private ThemeYearRollupQueries() {
	}

	/** The parameters of {@link #REFRESH}: the touched events' keys and the cells they had before. */
	public static Map<String, Object> parameters(Collection<String> eventKeys, List<Map<String, Object>> cellsBefore) {
		return Map.of("keys", List.copyOf(eventKeys), "cells", cellsBefore);
	}
}
