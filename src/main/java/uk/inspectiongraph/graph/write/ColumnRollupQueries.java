package uk.inspectiongraph.graph.write;

/**
 * The column roll-up that answers the theme matrix and a theme's trend asked of every authority
 * without reading every event: cells per column of the matrix (a region, or {@code *} for the
 * whole country, which the columns by year read), year and event kind, and for each also the cells
 * summed over every year ({@code allYears}) and every kind ({@code allKinds}), so that a question
 * without those filters reads one cell per theme and column. An event has one year and one kind, so
 * those sums count each event once; it may be at authorities of two regions, which is why the
 * country is a column of its own rather than the sum of the regions.
 * <ul>
 * <li>{@code (:RegionYear {key, year, kind, region, allYears, allKinds, events})}: the events in
 * the column, counted once per authority they are at, as the matrix's column totals count them;</li>
 * <li>{@code (:ThemeRegionYear {key, theme, branch, polarity, year, kind, region, allYears,
 * allKinds, events, findings})}: per theme and polarity (and {@code ANY}), the events raising it
 * and their findings (once per authority, as the matrix sums them); with {@code branch} true,
 * per theme that has narrower ones, the events raising any theme of its branch and their findings
 * counted once each, as a theme's trend counts them.</li>
 * </ul>
 * Kept by each event's part, so a document costs the same however large the graph: {@link #ADD}
 * records on a {@code RegionYearPart} (key {@code event}, no relationship, read only by the writer)
 * what the event adds, and {@link #SUBTRACT} takes exactly that away again, a cell left with no
 * event going. {@link #REFRESH_ALL} rebuilds every cell and part: migration {@code V016}'s
 * backfill, the repair after a reindex and the tests' oracle.
 */
public final class ColumnRollupQueries {

	/**
	 * What event {@code e} adds, as its part node's properties: {@code columns} ("region TAB
	 * authorities", the country as {@code *}) and {@code cells} ("theme|theme or branch|polarity TAB
	 * findings TAB 1 when the findings count once per authority"). Only events a document reports.
	 */
	private static final String PART = """
			WITH e WHERE EXISTS { (e)<-[:REPORTS]-(:Document) }
			MATCH (e)-[:AT]->(a:Authority)
			WITH e, coalesce(a.region, 'unknown') AS region, count(*) AS at
			ORDER BY region
			WITH e, collect(region + '\\t' + at) AS columns, sum(at) AS total
			CALL (e) {
			  MATCH (e)-[r:RAISED]->(t:Theme)
			  UNWIND [r.polarity, 'ANY'] AS polarity
			  WITH t, polarity, sum(r.findings) AS findings
			  ORDER BY t.slug, polarity
			  RETURN collect(t.slug + '|theme|' + polarity + '\\t' + findings + '\\t1') AS themes
			}
			CALL (e) {
			  MATCH (e)-[r:RAISED]->(:Theme)-[:BROADER*0..]->(b:Theme)
			  WHERE EXISTS { (b)<-[:BROADER]-(:Theme) }
			  UNWIND [r.polarity, 'ANY'] AS polarity
			  WITH b, polarity, collect(r.findingIds) AS idLists
			  CALL (idLists) {
			    UNWIND idLists AS ids
			    UNWIND ids AS id
			    RETURN count(DISTINCT id) AS findings
			  }
			  WITH b, polarity, findings
			  ORDER BY b.slug, polarity
			  RETURN collect(b.slug + '|branch|' + polarity + '\\t' + findings + '\\t0') AS branches
			}
			MERGE (x:RegionYearPart {event: e.key})
			SET x.year = e.year, x.kind = e.kind, x.columns = columns + ['*\\t' + total], x.cells = themes + branches
			""";

	/**
	 * From the part nodes {@code x}, each cell's key and what the parts give it, then the cells
	 * changed by {@code sign} (1 or -1, a constant of this class) times that; a cell left with no event goes.
	 */
	private static String apply(String parts, int sign) {
		return parts + """
				WITH x, [y IN [toString(x.year), '*'] | coalesce(y, '')] AS years, [k IN [x.kind, '*'] | coalesce(k, '')] AS kinds
				UNWIND x.columns AS column
				UNWIND years AS year
				UNWIND kinds AS kind
				WITH x, split(column, '\\t') AS column, year + '|' + kind AS yearKind
				CALL (x, column, yearKind) {
				  RETURN 'RegionYear' AS label, yearKind + '|' + column[0] AS key, toInteger(column[1]) AS events,
				         0 AS findings
				  UNION ALL
				  UNWIND x.cells AS cell
				  WITH column, yearKind, split(cell, '\\t') AS cell
				  WITH column, yearKind, cell, split(cell[0], '|') AS theme
				  RETURN 'ThemeRegionYear' AS label,
				         theme[0] + '|' + theme[1] + '|' + yearKind + '|' + theme[2] + '|' + column[0] AS key, 1 AS events,
				         toInteger(cell[1]) * CASE cell[2] WHEN '1' THEN toInteger(column[1]) ELSE 1 END AS findings
				}
				WITH label, key, sum(events) AS events, sum(findings) AS findings
				WITH label, key, %1$d * events AS events, %1$d * findings AS findings, split(key, '|') AS k
				CALL (label, key, events, k) {
				  WITH * WHERE label = 'RegionYear'
				  MERGE (c:RegionYear {key: key})
				  ON CREATE SET c.year = toInteger(k[0]), c.kind = CASE WHEN k[1] IN ['', '*'] THEN null ELSE k[1] END,
				      c.region = k[2], c.allYears = k[0] = '*', c.allKinds = k[1] = '*', c.events = 0
				  SET c.events = c.events + events
				  WITH c WHERE c.events <= 0
				  DELETE c
				}
				CALL (label, key, events, findings, k) {
				  WITH * WHERE label = 'ThemeRegionYear'
				  MERGE (c:ThemeRegionYear {key: key})
				  ON CREATE SET c.theme = k[0], c.branch = k[1] = 'branch', c.year = toInteger(k[2]),
				      c.kind = CASE WHEN k[3] IN ['', '*'] THEN null ELSE k[3] END, c.polarity = k[4], c.region = k[5],
				      c.allYears = k[2] = '*', c.allKinds = k[3] = '*', c.events = 0, c.findings = 0
				  SET c.events = c.events + events, c.findings = c.findings + findings
				  WITH c WHERE c.events <= 0
				  DELETE c
				}
				""".formatted(sign);
	}

	private static final EventPartStatements STATEMENTS = new EventPartStatements("RegionYearPart", PART,
			ColumnRollupQueries::apply);

	/** Takes away from the cells what the events {@code $keys} added, and their parts; a cell left with no event goes. */
	public static final String SUBTRACT = STATEMENTS.subtract();

	/** Adds to the cells what the events {@code $keys} raise now, and records it as their parts. */
	public static final String ADD = STATEMENTS.add();

	/** Deletes every cell and part and adds every event again: a rebuild from scratch; no parameters. */
	public static final String REFRESH_ALL = STATEMENTS.refreshAll("RegionYear|ThemeRegionYear|RegionYearPart");

	private ColumnRollupQueries() {
	}
}
