package uk.inspectiongraph.graph.write;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme-year roll-up ({@code ThemeYear} cells, and {@code ThemeYearKind} by finding kind) keeps
 * the contract of every roll-up ({@link RollupContract}): it is what walking every finding about
 * every event and its tags gives, per theme, year, event kind and polarity (and any polarity), and
 * by finding kind.
 */
@EmbeddedGraphTest
class ThemeYearRollupTest extends RollupContract {

	/** What the cells should hold, from the findings' tags. */
	private static final String WALKED = """
			MATCH (a:Authority)<-[:AT]-(e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			UNWIND [tg.polarity, 'ANY'] AS polarity
			WITH t, e.year AS year, e.kind AS kind, polarity, a, e, f ORDER BY a.name
			WITH t, year, kind, polarity, count(DISTINCT e) AS events, count(DISTINCT f) AS findings,
			     collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen, max(e.startDate) AS lastSeen
			RETURN t.slug + ' ' + coalesce(toString(year), '-') + ' ' + kind + ' ' + polarity + ' ' + events + ' '
			  + findings + ' ' + reduce(s = '', c IN authorities | s + c + ',') + ' ' + toString(firstSeen) + ' '
			  + toString(lastSeen) + ' ' + CASE WHEN findings < 3 THEN findings ELSE 3 END AS row
			UNION ALL
			MATCH (a:Authority)<-[:AT]-(e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			UNWIND [tg.polarity, 'ANY'] AS polarity
			WITH t, e.year AS year, e.kind AS kind, polarity, f.kind AS findingKind, a, e, f ORDER BY a.name
			WITH t, year, kind, polarity, findingKind, count(DISTINCT e) AS events, count(DISTINCT f) AS findings,
			     collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen, max(e.startDate) AS lastSeen
			RETURN t.slug + ' ' + coalesce(toString(year), '-') + ' ' + kind + ' ' + polarity + ' as ' + findingKind + ' '
			  + events + ' ' + findings + ' ' + reduce(s = '', c IN authorities | s + c + ',') + ' ' + toString(firstSeen)
			  + ' ' + toString(lastSeen) + ' ' + CASE WHEN findings < 3 THEN findings ELSE 3 END AS row""";

	/** What the cells hold. */
	private static final String ROLLED_UP = """
			MATCH (c:ThemeYear)-[:OF]->(t:Theme)
			WHERE c.theme = t.slug
			RETURN t.slug + ' ' + coalesce(toString(c.year), '-') + ' ' + c.kind + ' ' + c.polarity + ' ' + c.events + ' '
			  + c.findings + ' ' + reduce(s = '', x IN c.authorities | s + x + ',') + ' ' + toString(c.firstSeen) + ' '
			  + toString(c.lastSeen) + ' ' + size(c.samples) AS row
			UNION ALL
			MATCH (c:ThemeYearKind)-[:OF]->(t:Theme)
			WHERE c.theme = t.slug AND c.events = size(c.eventKeys)
			RETURN t.slug + ' ' + coalesce(toString(c.year), '-') + ' ' + c.kind + ' ' + c.polarity + ' as ' + c.findingKind
			  + ' ' + c.events + ' ' + c.findings + ' ' + reduce(s = '', x IN c.authorities | s + x + ',') + ' '
			  + toString(c.firstSeen) + ' ' + toString(c.lastSeen) + ' ' + size(c.samples) AS row""";

	@Test
	void warwickshiresVisitYearHasCaseloadsCellsForConcernsAndAnyPolarity() {
		assertThat(rolledUp()).anyMatch(row -> row.startsWith("caseloads 2018 FOCUSED_VISIT CONCERN "))
			.anyMatch(row -> row.startsWith("caseloads 2018 FOCUSED_VISIT ANY "))
			.anyMatch(row -> row.startsWith("caseloads 2018 FOCUSED_VISIT CONCERN as AREA_FOR_IMPROVEMENT "));
	}

	@Test
	void theCellsHoldOnlyWhatTheQuestionsReadAndEachHasATallyForTheWriter() {
		List<String> cellKeys = texts("""
				MATCH (c:ThemeYear|ThemeYearKind)
				UNWIND keys(c) AS key
				RETURN DISTINCT labels(c)[0] + '.' + key AS key ORDER BY key""");
		List<String> untallied = texts("""
				MATCH (c:ThemeYear|ThemeYearKind)
				WHERE NOT EXISTS { MATCH (x:ThemeYearTally|ThemeYearKindTally {key: c.key}) WHERE labels(x)[0] = labels(c)[0] + 'Tally' }
				RETURN c.key AS key""");

		assertThat(cellKeys).contains("ThemeYear.authorities", "ThemeYear.samples", "ThemeYearKind.eventKeys")
			.noneMatch(key -> key.matches(".*\\.(authorityOrder|authorityEvents|dates|dateEvents|sampleOrder)"));
		assertThat(untallied).isEmpty();
		assertThat(texts("MATCH (x:ThemeYearTally|ThemeYearKindTally) RETURN x.key AS key")).hasSize(texts(
				"MATCH (c:ThemeYear|ThemeYearKind) RETURN c.key AS key").size());
	}

	@Override
	List<String> rolledUp() {
		return texts(ROLLED_UP);
	}

	@Override
	List<String> walked() {
		return texts(WALKED);
	}

	@Override
	List<String> stored() {
		return propertyRows("""
				MATCH (c:ThemeYear|ThemeYearKind)-[:OF]->(t:Theme) RETURN labels(c)[0] + ' of ' + t.slug AS name, properties(c) AS properties
				UNION ALL
				MATCH (x:ThemeYearTally|ThemeYearKindTally) RETURN labels(x)[0] + ' ' + x.key AS name, properties(x) AS properties""");
	}

	@Override
	void spoil() {
		neo4j.query("MATCH (c:ThemeYear {polarity: 'CONCERN'}) DETACH DELETE c").run();
		neo4j.query("MATCH (c:ThemeYear) SET c.events = 99, c.authorities = ['E00000000']").run();
		neo4j.query("MATCH (c:ThemeYearKind {polarity: 'ANY'}) SET c.eventKeys = []").run();
	}

	@Override
	String migration() {
		return "V015__theme_year_tallies.cypher";
	}

	@Override
	String refreshOverEverything() {
		return ThemeYearRollupQueries.REFRESH_ALL;
	}
}
