package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.system.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inspectors' roll-up ({@code RAISED_ON_VISITS}) is what walking every finding about the
 * events each person inspected gives, on the seeded demo corpus: after ingesting, after another
 * document about the same event comes and goes, after a reindex, and after the migration that
 * backfills it.
 */
@EmbeddedGraphTest
class PersonRollupTest {

	private static final String WARWICKSHIRE_LETTER = "2018-08-09-warwickshire-focused-visit-letter.txt";

	/** What the roll-up should hold, from the findings' tags. */
	private static final String WALKED = """
			MATCH (p:Person)-[:INSPECTED]->(e:Event)
			WITH DISTINCT p, e
			MATCH (e)<-[:ABOUT]-(:Finding)-[tg:TAGGED]->(t:Theme)
			WITH p, t, count(CASE tg.polarity WHEN 'CONCERN' THEN 1 END) AS concerns,
			     count(CASE tg.polarity WHEN 'STRENGTH' THEN 1 END) AS strengths, count(tg) AS findings,
			     collect(DISTINCT e.year) AS years
			RETURN p.key AS person, t.slug AS theme, concerns, strengths, findings, years""";

	/** What the roll-up holds. */
	private static final String ROLLED_UP = """
			MATCH (p:Person)-[r:RAISED_ON_VISITS]->(t:Theme)
			RETURN p.key AS person, t.slug AS theme, r.concerns AS concerns, r.strengths AS strengths,
			       r.findings AS findings, r.years AS years""";

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void afterIngestingTheRollUpIsTheWalkOfTheTags() {
		List<String> rolledUp = rows(ROLLED_UP);

		assertThat(rolledUp).isNotEmpty().containsExactlyInAnyOrderElementsOf(rows(WALKED));
	}

	@Test
	void anotherDocumentAboutTheSameEventAddsToItsInspectorsAndDeletingItTakesItAway() throws IOException {
		List<String> before = rows(ROLLED_UP);
		byte[] copy = (seedText(WARWICKSHIRE_LETTER) + "\n").getBytes(StandardCharsets.UTF_8);

		DocumentOutcome outcome = ingest.ingest("warwickshire-copy.txt", copy);

		assertThat(outcome.status()).isEqualTo(DocumentOutcome.Status.INGESTED);
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

		assertThat(rows(ROLLED_UP)).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void theMigrationIsTheRefreshOverEveryPersonAndRollsUpAnOlderGraph() throws IOException {
		List<String> statements = SchemaMigrations.statementsOf(new ClassPathResource("db/migrations/V005__person_rollup.cypher"));
		assertThat(statements).containsExactly("MATCH (p:Person)\n" + PersonRollup.BODY);
		List<String> before = rows(ROLLED_UP);
		spoilRollUp();

		statements.forEach(statement -> neo4j.query(statement).run());

		assertThat(rows(ROLLED_UP)).containsExactlyInAnyOrderElementsOf(before);
	}

	private void spoilRollUp() {
		neo4j.query("MATCH ()-[r:RAISED_ON_VISITS]->() WITH r LIMIT 5 DELETE r").run();
		neo4j.query("MATCH ()-[r:RAISED_ON_VISITS]->() SET r.findings = -1").run();
		assertThat(rows(ROLLED_UP)).isNotEqualTo(rows(WALKED));
	}

	/** Each row as text, its years ascending (collect gives them in no set order). */
	private List<String> rows(String cypher) {
		return List.copyOf(neo4j.query(cypher).fetch().all().stream().map(row -> row.get("person") + " "
				+ row.get("theme") + " " + row.get("concerns") + " " + row.get("strengths") + " " + row.get("findings")
				+ " " + ((List<?>) row.get("years")).stream().map(String::valueOf).sorted().toList())
			.toList());
	}

	private static String seedText(String name) throws IOException {
		return new ClassPathResource("graph-seed/documents/" + name).getContentAsString(StandardCharsets.UTF_8);
	}
}
