package uk.inspectiongraph.graph.write;

/**
 * The theme-year roll-up that answers the national questions (which themes recur, and where)
 * without reading every event: one {@code (:ThemeYear)-[:OF]->(:Theme)} node per theme, year,
 * event kind and polarity (and polarity {@code ANY}, for questions asked about every polarity),
 * summing the event roll-up ({@code RAISED}, see {@link EventRollupQueries}) of the events of that year
 * and kind. It holds {@code events} (events raising the theme), {@code findings} (findings raising
 * it), {@code authorities} (their ONS codes, each once, by authority name), {@code firstSeen} and
 * {@code lastSeen} (earliest and latest event start) and {@code samples} (the ids of up to three of
 * the findings, by authority name, then event date, then document order). An event with no start
 * date belongs to the cells of its kind with no {@code year}.
 * <p>
 * Beside them, the same cells split by the findings' kind, one {@code (:ThemeYearKind)-[:OF]->(:Theme)}
 * per theme, year, event kind, polarity (and {@code ANY}) and {@code findingKind}, summing the
 * event roll-up by kind ({@code RAISED_AS}); each also holds {@code eventKeys}, the keys of its
 * events, so that a question about several finding kinds counts an event raising the theme in
 * findings of two kinds once.
 * <p>
 * The cells are kept incrementally, so that writing a document costs the same however large the
 * graph: each cell has a unique {@code key}, and what taking one event away needs is kept beside
 * it in a tally with the same key ({@code ThemeYearTally}, {@code ThemeYearKindTally}), which only
 * the writer reads: the authorities and start dates as multisets
 * ({@code authorityOrder}/{@code authorityEvents}, {@code dates}/{@code dateEvents}, see
 * {@link Multisets}) and the samples with their sort keys ({@code sampleOrder}). On the cells
 * themselves those lists made every read of a cell slower (a longer chain of property records to
 * walk for each property read; docs/benchmarks.md). Each event records what it added ({@code cellKind}, {@code cellYear},
 * {@code cellStart}, {@code cellAt}); the writer runs {@link #SUBTRACT} for the touched events
 * before their event roll-up is refreshed (their {@code RAISED} still what was added) and
 * {@link #ADD} after it. Only when an event that gave a cell its samples goes are the samples read
 * again, from the first three authorities' events of that year and kind. {@link #REFRESH_ALL}
 * rebuilds every cell and tally from scratch with the same statements: the backfill of migrations
 * {@code V006}, {@code V009}, {@code V014} and {@code V015}, the repair after a reindex, and the
 * tests' oracle.
 */
public final class ThemeYearRollupQueries {

	/**
	 * A kind of cell: its label, the label of its tally (the writer's lists, on a node of their own
	 * with the cell's key), the event roll-up relationship it sums, whether it is split by finding kind.
	 */
	private record Cell(String label, String tally, String relationship, boolean byKind) {

		String findingKind(String prefix) {
			return byKind ? prefix : "";
		}

		String key() {
			return "t.slug + '|' + coalesce(toString(year), '') + '|' + kind + '|' + polarity"
					+ findingKind(" + '|' + findingKind");
		}
	}

	private static final Cell BY_YEAR = new Cell("ThemeYear", "ThemeYearTally", "RAISED", false);

	private static final Cell BY_FINDING_KIND = new Cell("ThemeYearKind", "ThemeYearKindTally", "RAISED_AS", true);

	/** The events {@code $keys}. */
	static final String EVENTS_BY_KEY = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			""";

	/** Every event. */
	static final String EVERY_EVENT = """
			MATCH (e:Event)
			""";

	/** Takes away from the cells what the events {@code $keys} added when they were last rolled up. */
	public static final String SUBTRACT = "CALL () {\n" + subtract(BY_YEAR) + "}\nCALL () {\n"
			+ subtract(BY_FINDING_KIND) + "}";

	/** Adds to the cells what the events {@code $keys} raise now, and records it on each event. */
	public static final String ADD = add(EVENTS_BY_KEY);

	/** Deletes every cell and tally and adds every event again: a rebuild from scratch; no parameters. */
	public static final String REFRESH_ALL = """
			CALL () {
			  MATCH (c:ThemeYear)
			  DETACH DELETE c
			}
			CALL () {
			  MATCH (c:ThemeYearKind)
			  DETACH DELETE c
			}
			CALL () {
			  MATCH (x:ThemeYearTally|ThemeYearKindTally)
			  DELETE x
			}
			""" + add(EVERY_EVENT);

	private ThemeYearRollupQueries() {
	}

	private static String add(String events) {
		return "CALL () {\n" + events + addCells(BY_YEAR) + "}\nCALL () {\n" + events + addCells(BY_FINDING_KIND)
				+ "}\nCALL () {\n" + events + """
						SET e.cellKind = e.kind, e.cellYear = e.year, e.cellStart = e.startDate,
						    e.cellAt = [(e)-[:AT]->(a:Authority) | a.name + '\\t' + a.code]
						}""";
	}

	/** Per cell the events now add, grouped: {@code events}, {@code findings}, {@code at}, {@code dates}, {@code entries}, {@code eventKeys}. */
	private static String addCells(Cell cell) {
		return """
				WITH e, [(e)-[:AT]->(a:Authority) | a.name + '\\t' + a.code] AS at
				WHERE e.kind IS NOT NULL AND size(at) > 0
				MATCH (e)-[r:%1$s]->(t:Theme)
				UNWIND [r.polarity, 'ANY'] AS polarity
				WITH e, at, t, polarity%2$s, sum(r.findings) * size(at) AS findings,
				     reduce(s = [], x IN collect(r) | s + [i IN range(0, size(x.findingIds[..3]) - 1)
				       | x.polarity + '\\t' + i + '\\t' + x.findingIds[i]]) AS ids
				WITH t, e.year AS year, e.kind AS kind, polarity%6$s, e, findings, at,
				     reduce(s = [], a IN at | s + [x IN ids | a + '\\t' + coalesce(toString(e.startDate), '') + '\\t'
				       + e.key + '\\t' + x]) AS entries
				WITH t, year, kind, polarity%6$s, count(e) AS events, sum(findings) AS findings, collect(at) AS atLists,
				     collect(e.startDate) AS dates, collect(entries) AS entryLists, collect(e.key) AS eventKeys
				WITH t, year, kind, polarity%6$s, events, findings, dates, eventKeys,
				     reduce(s = [], l IN atLists | s + l) AS at, reduce(s = [], l IN entryLists | s + l) AS entries
				MERGE (c:%3$s {key: %4$s})
				ON CREATE SET c.theme = t.slug, c.year = year, c.kind = kind, c.polarity = polarity,%5$s c.events = 0,
				    c.findings = 0
				MERGE (c)-[:OF]->(t)
				MERGE (x:%7$s {key: c.key})
				ON CREATE SET x.authorityOrder = [], x.authorityEvents = [], x.dates = [], x.dateEvents = [],
				    x.sampleOrder = []
				WITH c, x, events, findings, at, dates, eventKeys, entries
				""".formatted(cell.relationship(), cell.findingKind(", r.findingKind AS findingKind"), cell.label(),
				cell.key(), cell.findingKind(" c.findingKind = findingKind, c.eventKeys = [],"), cell.findingKind(", findingKind"),
				cell.tally())
				+ Multisets.merge("x", "authorityOrder", "authorityEvents", "at", 1, "authorityOrder")
				+ Multisets.merge("x", "dates", "dateEvents", "dates", 1, "seen") + """
				CALL (x, entries) {
				  UNWIND x.sampleOrder + entries AS s
				  WITH s ORDER BY s LIMIT 3
				  RETURN collect(s) AS sampleOrder
				}
				WITH c, x, events, findings, authorityOrder, authorityOrderCounts, seen, seenCounts, sampleOrder,
				     c.eventKeys + [k IN eventKeys WHERE NOT k IN c.eventKeys] AS keys
				SET %s c.findings = c.findings + findings,
				""".formatted(cell.byKind() ? "c.eventKeys = keys, c.events = size(keys)," : "c.events = c.events + events,")
				+ settled("sampleOrder");
	}

	/**
	 * Sets the tally {@code x} (the multisets and the samples {@code samples} with their sort keys)
	 * and what the cell {@code c} holds for its readers, after {@link Multisets#merge}.
	 */
	private static String settled(String samples) {
		return """
				    x.authorityOrder = authorityOrder, x.authorityEvents = authorityOrderCounts,
				    c.authorities = [a IN authorityOrder | split(a, '\\t')[1]], x.dates = seen, x.dateEvents = seenCounts,
				    c.firstSeen = seen[0], c.lastSeen = seen[-1], x.sampleOrder = %1$s,
				    c.samples = [s IN %1$s | last(split(s, '\\t'))]
				""".formatted(samples);
	}

	/** Takes the events' recorded contributions away from one kind of cell; a cell left with no event goes. */
	private static String subtract(Cell cell) {
		return """
				UNWIND $keys AS key
				MATCH (e:Event {key: key})
				WHERE e.cellKind IS NOT NULL
				MATCH (e)-[r:%1$s]->(t:Theme)
				UNWIND [r.polarity, 'ANY'] AS polarity
				WITH e, e.cellAt AS at, e.cellYear AS year, e.cellKind AS kind, t, polarity%2$s,
				     sum(r.findings) * size(e.cellAt) AS findings
				WITH t, year, kind, polarity%5$s, count(e) AS events, sum(findings) AS findings, collect(at) AS atLists,
				     collect(e.cellStart) AS dates, collect(e.key) AS eventKeys
				MATCH (c:%3$s {key: %4$s})
				MATCH (x:%6$s {key: c.key})
				WITH c, x, events, findings, dates, eventKeys, reduce(s = [], l IN atLists | s + l) AS at
				""".formatted(cell.relationship(), cell.findingKind(", r.findingKind AS findingKind"), cell.label(),
				cell.key(), cell.findingKind(", findingKind"), cell.tally())
				+ Multisets.merge("x", "authorityOrder", "authorityEvents", "at", -1, "authorityOrder")
				+ Multisets.merge("x", "dates", "dateEvents", "dates", -1, "seen") + """
				WITH c, x, events, findings, eventKeys, authorityOrder, authorityOrderCounts, seen, seenCounts,
				     [s IN x.sampleOrder WHERE NOT split(s, '\\t')[3] IN eventKeys] AS kept
				WITH c, x, events, findings, eventKeys, authorityOrder, authorityOrderCounts, seen, seenCounts, kept,
				     size(kept) < size(x.sampleOrder) AS cut
				WITH c, x, events, findings, authorityOrder, authorityOrderCounts, seen, seenCounts, kept, cut,
				     [k IN c.eventKeys WHERE NOT k IN eventKeys] AS keys
				SET %s c.findings = c.findings - findings,
				""".formatted(cell.byKind() ? "c.eventKeys = keys, c.events = size(keys)," : "c.events = c.events - events,")
				+ settled("kept") + """
				WITH c, x, cut
				CALL (c, x, cut) {
				  WITH c, x, cut
				  WHERE cut AND c.events > 0
				  CALL (c, x) {
				    UNWIND x.authorityOrder[..3] AS at
				    MATCH (:Authority {code: split(at, '\\t')[1]})<-[:AT]-(e:Event {kind: c.kind})-[r:%1$s]->(:Theme {slug: c.theme})
				    WHERE (e.year = c.year OR (e.year IS NULL AND c.year IS NULL))
				      AND (c.polarity = 'ANY' OR r.polarity = c.polarity)%2$s AND NOT e.key IN $keys
				    UNWIND range(0, size(r.findingIds[..3]) - 1) AS i
				    WITH at + '\\t' + coalesce(toString(e.startDate), '') + '\\t' + e.key + '\\t' + r.polarity + '\\t' + i
				         + '\\t' + r.findingIds[i] AS s
				    ORDER BY s LIMIT 3
				    RETURN collect(s) AS sampleOrder
				  }
				  SET x.sampleOrder = sampleOrder, c.samples = [s IN sampleOrder | last(split(s, '\\t'))]
				}
				WITH c, x
				WHERE c.events <= 0
				DETACH DELETE c, x
				""".formatted(cell.relationship(), cell.findingKind(" AND r.findingKind = c.findingKind"));
	}
}
