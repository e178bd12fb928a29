package uk.inspectiongraph.graph.write;

/**
 * The theme-pair roll-up that answers {@code coOccurringThemes} asked of every authority without
 * reading every finding of the anchor: one {@code (:ThemePair {key, anchor, theme, year, kind,
 * polarity, findings, events})} per anchor theme (its whole branch), other theme, year, event kind
 * and polarity (and {@code ANY}), counting the findings tagged with both at that polarity and the
 * events raising both. The anchor {@code *} stands for any theme and the other theme {@code *}
 * for any, so that ({@code *}, {@code *}) counts the units in scope, (anchor, {@code *}) the
 * anchor's and ({@code *}, theme) the theme's. A pair whose theme is in the anchor's branch is not
 * kept (the question leaves those themes out).
 * <p>
 * Kept by each event's part, so a document costs the same however large the graph: {@link #ADD}
 * records on a {@code ThemePairPart} (key {@code event}, read only by the writer) the event's
 * findings as signatures (the sorted {@code theme:polarity} tags of a finding, and how many of its
 * findings have them), and {@link #SUBTRACT} expands the same signatures to take exactly that away,
 * a cell left with nothing going. {@link #REFRESH_ALL} rebuilds every cell and part: migration
 * {@code V017}'s backfill, the repair after a reindex and the tests' oracle. The branches are read
 * from the theme hierarchy ({@code BROADER}) as the cells are written.
 */
public final class ThemePairRollupQueries {

	/** Event {@code e}'s findings as tag signatures, on its part node. Only events a document reports, at an authority. */
	private static final String PART = """
			WITH e WHERE EXISTS { (e)<-[:REPORTS]-(:Document) } AND EXISTS { (e)-[:AT]->(:Authority) }
			CALL (e) {
			  MATCH (e)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			  WITH f, t.slug + ':' + tg.polarity AS tag ORDER BY tag
			  WITH f, reduce(s = '', x IN collect(tag) | s + ',' + x) AS signature
			  WITH signature, count(f) AS findings
			  ORDER BY signature
			  RETURN collect(substring(signature, 1) + '\\t' + findings) AS signatures
			}
			MERGE (x:ThemePairPart {event: e.key})
			SET x.year = e.year, x.kind = e.kind, x.signatures = signatures
			""";

	/**
	 * From the part nodes {@code x}: each finding signature (findings) and the event's union of
	 * them (one event) expanded per polarity to the pairs, then the cells changed by {@code sign}
	 * (1 or -1, a constant of this class) times that; a cell left with nothing goes.
	 */
	private static String apply(String parts, int sign) {
		return """
				CALL () {
				  MATCH (t:Theme)-[:BROADER*0..]->(b:Theme)
				  WITH t, collect(b.slug) AS up
				  RETURN collect([t.slug, up]) AS lines
				}
				""" + parts + """
				WITH lines, x, [s IN x.signatures | [split(split(s, '\\t')[0], ','), toInteger(split(s, '\\t')[1]), 0]] AS sigs
				WITH lines, x, sigs + [[reduce(u = [], s IN sigs | u + [t IN s[0] WHERE NOT t IN u]), 0, 1]] AS sigs
				UNWIND sigs AS sig
				WITH lines, x, [t IN sig[0] | split(t, ':')] AS tags, sig[1] AS findings, sig[2] AS events
				UNWIND reduce(ps = ['ANY'], tag IN tags | CASE WHEN tag[1] IN ps THEN ps ELSE ps + [tag[1]] END) AS polarity
				WITH lines, x, findings, events, polarity, reduce(u = [], tag IN tags
				       | CASE WHEN (polarity = 'ANY' OR tag[1] = polarity) AND NOT tag[0] IN u THEN u + [tag[0]] ELSE u END) AS themes
				WHERE size(themes) > 0
				WITH x, findings, events, polarity, themes, [l IN lines WHERE l[0] IN themes] AS lines
				WITH x, findings, events, polarity, themes, lines,
				     reduce(u = [], l IN lines | u + [a IN l[1] WHERE NOT a IN u]) AS anchors
				UNWIND ['*'] + anchors AS anchor
				UNWIND ['*'] + [t IN themes WHERE anchor = '*' OR NOT anchor IN head([l IN lines WHERE l[0] = t])[1]] AS theme
				WITH anchor + '|' + theme + '|' + coalesce(toString(x.year), '') + '|' + coalesce(x.kind, '') + '|'
				       + polarity AS key, anchor, theme, x.year AS year, x.kind AS kind, polarity,
				     %1$d * sum(findings) AS findings, %1$d * sum(events) AS events
				MERGE (c:ThemePair {key: key})
				ON CREATE SET c.anchor = anchor, c.theme = theme, c.year = year, c.kind = kind, c.polarity = polarity,
				    c.findings = 0, c.events = 0
				SET c.findings = c.findings + findings, c.events = c.events + events
				WITH c WHERE c.findings <= 0 AND c.events <= 0
				DELETE c
				""".formatted(sign);
	}

	private static final EventPartStatements STATEMENTS = new EventPartStatements("ThemePairPart", PART,
			ThemePairRollupQueries::apply);

	/** Takes away from the cells what the events {@code $keys} added, and their parts. */
	public static final String SUBTRACT = STATEMENTS.subtract();

	/** Adds to the cells what the events {@code $keys} raise now, and records it as their parts. */
	public static final String ADD = STATEMENTS.add();

	/** Deletes every cell and part and adds every event again: a rebuild from scratch; no parameters. */
	public static final String REFRESH_ALL = STATEMENTS.refreshAll("ThemePair|ThemePairPart");

	private ThemePairRollupQueries() {
	}
}
