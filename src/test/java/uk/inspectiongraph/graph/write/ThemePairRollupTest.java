package uk.inspectiongraph.graph.write;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme-pair roll-up ({@code ThemePair} cells, see {@link ThemePairRollupQueries}) keeps the
 * contract of every roll-up ({@link RollupContract}): per anchor branch, other theme, year, event
 * kind and polarity, the findings tagged with both and the events raising both are what walking
 * every finding and its tags gives ({@code *} standing for any theme).
 */
@EmbeddedGraphTest
class ThemePairRollupTest extends RollupContract {

	/** The findings ({@code F}) or events ({@code E}) of each pair, from the tags; {@code %s} is how the second tag is reached. */
	private static final String WALK = """
			MATCH (:Authority)<-[:AT]-(e:Event)<-[:ABOUT]-(f:Finding)-[tg1:TAGGED]->(t1:Theme)
			UNWIND [tg1.polarity, 'ANY'] AS polarity
			MATCH %s-[tg2:TAGGED]->(t2:Theme)
			WHERE polarity = 'ANY' OR tg2.polarity = polarity
			MATCH (t1)-[:BROADER*0..]->(anchor:Theme)
			UNWIND [[anchor.slug, t2.slug], ['*', t2.slug], [anchor.slug, '*'], ['*', '*']] AS pair
			WITH e, f, polarity, pair, t2, anchor
			WHERE pair[0] = '*' OR pair[1] = '*' OR NOT (t2)-[:BROADER*0..]->(anchor)
			WITH pair, coalesce(toString(e.year), '') AS year, e.kind AS kind, polarity, count(DISTINCT %s) AS n
			RETURN '%s ' + pair[0] + ' ' + pair[1] + ' ' + year + ' ' + kind + ' ' + polarity + ' ' + n AS row""";

	@Override
	List<String> rolledUp() {
		return texts("""
				MATCH (c:ThemePair)
				WHERE c.findings > 0
				RETURN 'F ' + c.anchor + ' ' + c.theme + ' ' + coalesce(toString(c.year), '') + ' ' + c.kind + ' '
				  + c.polarity + ' ' + c.findings AS row
				UNION ALL
				MATCH (c:ThemePair)
				RETURN 'E ' + c.anchor + ' ' + c.theme + ' ' + coalesce(toString(c.year), '') + ' ' + c.kind + ' '
				  + c.polarity + ' ' + c.events AS row""");
	}

	@Override
	List<String> walked() {
		return texts(WALK.formatted("(f)", "f", "F") + "\nUNION ALL\n"
				+ WALK.formatted("(e)<-[:ABOUT]-(:Finding)", "e", "E"));
	}

	@Override
	List<String> stored() {
		return propertyRows("""
				MATCH (c:ThemePair) RETURN 'pair' AS name, properties(c) AS properties
				UNION ALL
				MATCH (x:ThemePairPart) RETURN 'part ' + x.event AS name, properties(x) AS properties""");
	}

	@Test
	void aPairCountsFindingsRaisingBothAndEventsRaisingBothInAnyOfTheirFindings() {
		List<String> rows = rolledUp();
		assertThat(rows).anyMatch(row -> row.startsWith("F workforce "))
			.anyMatch(row -> row.startsWith("E caseloads "))
			.noneMatch(row -> row.startsWith("F workforce caseloads "));
	}

	@Override
	void spoil() {
		neo4j.query("MATCH (c:ThemePair {polarity: 'CONCERN'}) DELETE c").run();
		neo4j.query("MATCH (c:ThemePair) SET c.findings = 99").run();
	}

	@Override
	String migration() {
		return "V017__theme_pair_rollup.cypher";
	}

	@Override
	String refreshOverEverything() {
		return ThemePairRollupQueries.REFRESH_ALL;
	}
}
