package uk.inspectiongraph.graph.write;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events' roll-up ({@code RAISED}, its split by finding kind {@code RAISED_AS}, the events'
 * finding counts and tagged kinds, the findings' dates) keeps the
 * contract of every roll-up ({@link RollupContract}): it is what walking every finding and its
 * tags gives.
 */
@EmbeddedGraphTest
class EventRollupTest extends RollupContract {

	/** What the roll-up should hold, from the findings' tags. */
	private static final String WALKED = """
			MATCH (e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			WITH e, t, tg.polarity AS polarity, f ORDER BY f.order, f.id
			WITH e, t, polarity, collect(f.id) AS ids
			RETURN e.key + ' ' + t.slug + ' ' + polarity + ' ' + size(ids) + ' ' + reduce(s = '', id IN ids | s + id + ',')
			  AS row
			UNION ALL
			MATCH (e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			WITH e, t, tg.polarity AS polarity, f.kind AS kind, f ORDER BY f.order, f.id
			WITH e, t, polarity, kind, collect(f.id) AS ids
			RETURN e.key + ' ' + t.slug + ' ' + polarity + ' as ' + kind + ' ' + size(ids) + ' '
			  + reduce(s = '', id IN ids | s + id + ',') AS row
			UNION ALL
			MATCH (e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(:Theme)
			WITH e, f, collect(DISTINCT tg.polarity) AS polarities
			UNWIND ['ANY'] + polarities AS polarity
			RETURN e.key + ' tagged ' + f.kind + ' ' + polarity AS row
			UNION ALL
			MATCH (e:Event)
			OPTIONAL MATCH (e)<-[:ABOUT]-(f:Finding)
			OPTIONAL MATCH (f)-[tg:TAGGED]->(:Theme)
			WITH e, f, collect(tg.polarity) AS polarities
			WITH e, count(f) AS findings, count(CASE WHEN size(polarities) > 0 THEN f END) AS tagged,
			     count(CASE WHEN 'CONCERN' IN polarities THEN f END) AS concerns,
			     count(CASE WHEN 'STRENGTH' IN polarities THEN f END) AS strengths,
			     count(CASE WHEN 'NEUTRAL' IN polarities THEN f END) AS neutrals
			RETURN e.key + ' counts ' + findings + ' ' + tagged + ' ' + concerns + ' ' + strengths + ' ' + neutrals AS row
			UNION ALL
			MATCH (f:Finding)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN f.id + ' date ' + toString(coalesce(e.startDate, d.date)) AS row""";

	/** What the roll-up holds. */
	private static final String ROLLED_UP = """
			MATCH (e:Event)-[r:RAISED]->(t:Theme)
			RETURN e.key + ' ' + t.slug + ' ' + r.polarity + ' ' + r.findings + ' '
			  + reduce(s = '', id IN r.findingIds | s + id + ',') AS row
			UNION ALL
			MATCH (e:Event)-[r:RAISED_AS]->(t:Theme)
			RETURN e.key + ' ' + t.slug + ' ' + r.polarity + ' as ' + r.findingKind + ' ' + r.findings + ' '
			  + reduce(s = '', id IN r.findingIds | s + id + ',') AS row
			UNION ALL
			MATCH (e:Event)
			UNWIND e.taggedKinds AS tagged
			RETURN e.key + ' tagged ' + tagged AS row
			UNION ALL
			MATCH (e:Event)
			RETURN e.key + ' counts ' + e.findingCount + ' ' + e.taggedFindings + ' ' + e.taggedConcerns + ' '
			  + e.taggedStrengths + ' ' + e.taggedNeutrals AS row
			UNION ALL
			MATCH (f:Finding)
			RETURN f.id + ' date ' + toString(f.date) AS row""";

	@Test
	void warwickshiresVisitRaisesCaseloadsAsAConcern() {
		assertThat(rolledUp()).anyMatch(row -> row.startsWith("E10000031|FOCUSED_VISIT|2018-07 caseloads CONCERN "));
	}

	@Test
	void warwickshiresVisitRaisesCaseloadsInAnAreaForImprovement() {
		assertThat(rolledUp())
			.anyMatch(row -> row.startsWith("E10000031|FOCUSED_VISIT|2018-07 caseloads CONCERN as AREA_FOR_IMPROVEMENT "))
			.contains("E10000031|FOCUSED_VISIT|2018-07 tagged AREA_FOR_IMPROVEMENT CONCERN");
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
	void spoil() {
		neo4j.query("MATCH ()-[r:RAISED|RAISED_AS]->() DELETE r").run();
		neo4j.query("MATCH (e:Event) SET e.taggedKinds = ['WEAKNESS ANY']").run();
		neo4j.query("MATCH (e:Event) SET e.taggedFindings = 99, e.taggedConcerns = -1").run();
		neo4j.query("MATCH (f:Finding) SET f.date = date('1900-01-01')").run();
	}

	@Override
	String migration() {
		return "V004__event_rollup.cypher";
	}

	@Override
	String refreshOverEverything() {
		return "MATCH (e:Event)\n" + EventRollupQueries.BODY;
	}
}
