package uk.inspectiongraph.graph.write;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The column roll-up ({@code RegionYear} and {@code ThemeRegionYear} cells, see
 * {@link ColumnRollupQueries}) keeps the contract of every roll-up ({@link RollupContract}): per
 * region (and the country), year (and every year), event kind (and every kind), it is what walking
 * every event, its findings and their tags gives, for each theme and polarity and each theme's branch.
 */
@EmbeddedGraphTest
class ColumnRollupTest extends RollupContract {

	/** An event's columns, years and kinds: its own and the {@code *} that sum them. */
	private static final String EVENT_SLICES = """
			MATCH (a:Authority)<-[:AT]-(e:Event)
			UNWIND [coalesce(a.region, 'unknown'), '*'] AS region
			UNWIND [coalesce(toString(e.year), ''), '*'] AS year
			UNWIND [coalesce(e.kind, ''), '*'] AS kind
			""";

	/** What the cells should hold, from the events and the findings' tags. */
	private static final String WALKED = EVENT_SLICES + """
			WITH year, kind, region, count(*) AS events
			RETURN 'events ' + year + ' ' + kind + ' ' + region + ' ' + events AS row
			UNION ALL
			""" + EVENT_SLICES + """
			MATCH (e)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			UNWIND [tg.polarity, 'ANY'] AS polarity
			WITH t, year, kind, region, polarity, count(DISTINCT e) AS events, count(DISTINCT f) AS findings
			RETURN t.slug + ' theme ' + year + ' ' + kind + ' ' + polarity + ' ' + region + ' ' + events + ' ' + findings AS row
			UNION ALL
			""" + EVENT_SLICES + """
			MATCH (e)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(:Theme)-[:BROADER*0..]->(b:Theme)
			WHERE EXISTS { (b)<-[:BROADER]-(:Theme) }
			UNWIND [tg.polarity, 'ANY'] AS polarity
			WITH b, year, kind, region, polarity, count(DISTINCT e) AS events, count(DISTINCT f) AS findings
			RETURN b.slug + ' branch ' + year + ' ' + kind + ' ' + polarity + ' ' + region + ' ' + events + ' ' + findings AS row""";

	@Override
	List<String> rolledUp() {
		return texts("""
				MATCH (c:RegionYear)
				RETURN 'events ' + coalesce(toString(c.year), CASE WHEN c.allYears THEN '*' ELSE '' END) + ' '
				  + coalesce(c.kind, CASE WHEN c.allKinds THEN '*' ELSE '' END) + ' ' + c.region + ' ' + c.events AS row
				UNION ALL
				MATCH (c:ThemeRegionYear)
				RETURN c.theme + CASE WHEN c.branch THEN ' branch ' ELSE ' theme ' END
				  + coalesce(toString(c.year), CASE WHEN c.allYears THEN '*' ELSE '' END) + ' '
				  + coalesce(c.kind, CASE WHEN c.allKinds THEN '*' ELSE '' END) + ' ' + c.polarity + ' ' + c.region + ' '
				  + c.events + ' ' + c.findings AS row""");
	}

	@Override
	List<String> walked() {
		return texts(WALKED);
	}

	@Override
	List<String> stored() {
		return propertyRows("""
				MATCH (c:RegionYear|ThemeRegionYear) RETURN labels(c)[0] AS name, properties(c) AS properties
				UNION ALL
				MATCH (x:RegionYearPart) RETURN 'part ' + x.event AS name, properties(x) AS properties""");
	}

	@Test
	void aBranchCountsEachEventAndFindingOnceWhateverThemesOfItTheyRaise() {
		assertThat(rolledUp()).anyMatch(row -> row.startsWith("workforce branch 2018 FOCUSED_VISIT CONCERN "))
			.anyMatch(row -> row.startsWith("caseloads theme * * ANY *"));
	}

	@Override
	void spoil() {
		neo4j.query("MATCH (c:ThemeRegionYear {polarity: 'CONCERN'}) DELETE c").run();
		neo4j.query("MATCH (c:RegionYear|ThemeRegionYear) SET c.events = 99").run();
	}

	@Override
	String migration() {
		return "V016__column_rollup.cypher";
	}

	@Override
	String refreshOverEverything() {
		return ColumnRollupQueries.REFRESH_ALL;
	}
}
