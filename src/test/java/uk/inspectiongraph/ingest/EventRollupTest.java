package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.system.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events' roll-up ({@code RAISED}, the events' finding counts, the findings' dates) is what
 * walking every finding and its tags gives, on the seeded demo corpus: after ingesting, after another document about
 * the same event comes and goes, after a reindex, and after the migration that backfills it.
 */
@EmbeddedGraphTest
class EventRollupTest {

	private static final String WARWICKSHIRE_LETTER = "2018-08-09-warwickshire-focused-visit-letter.txt";

	/** What the roll-up should hold, from the findings' tags. */
	private static final String WALKED = """
			MATCH (e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			WITH e, t, tg.polarity AS polarity, f ORDER BY f.order, f.id
			WITH e, t, polarity, collect(f.id) AS ids
			RETURN e.key + ' ' + t.slug + ' ' + polarity + ' ' + size(ids) + ' ' + reduce(s = '', id IN ids | s + id + ',')
			  AS row
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
			MATCH (e:Event)
			RETURN e.key + ' counts ' + e.findingCount + ' ' + e.taggedFindings + ' ' + e.taggedConcerns + ' '
			  + e.taggedStrengths + ' ' + e.taggedNeutrals AS row
			UNION ALL
			MATCH (f:Finding)
			RETURN f.id + ' date ' + toString(f.date) AS row""";

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void afterIngestingTheRollUpIsTheWalkOfTheTags() {
		List<String> rolledUp = rows(ROLLED_UP);

		assertThat(rolledUp).anyMatch(row -> row.startsWith("E10000031|FOCUSED_VISIT|2018-07 caseloads CONCERN "));
		assertThat(rolledUp).containsExactlyInAnyOrderElementsOf(rows(WALKED));
	}

	@Test
	void anotherDocumentAboutTheSameEventAddsToItsRollUpAndDeletingItTakesItAway() throws IOException {
		List<String> before = rows(ROLLED_UP);
		byte[] copy = (seedText(WARWICKSHIRE_LETTER) + "\n").getBytes(StandardCharsets.UTF_8);

		DocumentOutcome outcome = ingest.ingest("warwickshire-copy.txt", copy);

		assertThat(outcome.status()).isEqualTo(DocumentOutcome.Status.INGESTED);
		assertThat(count("MATCH (:Event {key: 'E10000031|FOCUSED_VISIT|2018-07'})<-[:REPORTS]-(d) RETURN count(d)"))
			.isEqualTo(2);
		assertThat(rows(ROLLED_UP)).isNotEqualTo(before).containsExactlyInAnyOrderElementsOf(rows(WALKED));

		assertThat(ingest.delete(outcome.contentHash())).isTrue();

		assertThat(rows(ROLLED_UP)).containsExactlyInAnyOrderElementsOf(rows(WALKED))
			.containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void reindexingRecomputesAWrongRollUp() {
		List<String> before = rows(ROLLED_UP);
		spoilRollUp();

		ingest.reindex();

		assertThat(rows(ROLLED_UP)).containsExactlyInAnyOrderElementsOf(rows(WALKED))
			.containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void theMigrationIsTheRefreshOverEveryEventAndRollsUpAnOlderGraph() throws IOException {
		List<String> statements = SchemaMigrations.statementsOf(new ClassPathResource("db/migrations/V004__event_rollup.cypher"));
		assertThat(statements).contains("MATCH (e:Event)\n" + EventRollup.BODY);
		List<String> before = rows(ROLLED_UP);
		spoilRollUp();

		statements.forEach(statement -> neo4j.query(statement).run());

		assertThat(rows(ROLLED_UP)).containsExactlyInAnyOrderElementsOf(before);
	}

	private void spoilRollUp() {
		neo4j.query("MATCH ()-[r:RAISED]->() DELETE r").run();
		neo4j.query("MATCH (e:Event) SET e.taggedFindings = 99, e.taggedConcerns = -1").run();
		neo4j.query("MATCH (f:Finding) SET f.date = date('1900-01-01')").run();
		assertThat(rows(ROLLED_UP)).isNotEqualTo(rows(WALKED));
	}

	private List<String> rows(String cypher) {
		return List.copyOf(neo4j.query(cypher).fetchAs(String.class).all());
	}

	private long count(String cypher) {
		return neo4j.query(cypher).bindAll(Map.of()).fetchAs(Long.class).one().orElseThrow();
	}

	private static String seedText(String name) throws IOException {
		return new ClassPathResource("graph-seed/documents/" + name).getContentAsString(StandardCharsets.UTF_8);
	}
}
