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
 * The theme-year roll-up ({@code ThemeYear} cells) is what walking every finding about every
 * event and its tags gives, per theme, year, event kind and polarity (and any polarity), on the
 * seeded demo corpus: after ingesting, after another document about an event comes and goes,
 * after a reindex, and after the migration that backfills it.
 */
@EmbeddedGraphTest
class ThemeYearRollupTest {

	private static final String WARWICKSHIRE_LETTER = "2018-08-09-warwickshire-focused-visit-letter.txt";

	/** What the cells should hold, from the findings' tags. */
	private static final String WALKED = """
			MATCH (a:Authority)<-[:AT]-(e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			UNWIND [tg.polarity, 'ANY'] AS polarity
			WITH t, e.year AS year, e.kind AS kind, polarity, a, e, f ORDER BY a.name
			WITH t, year, kind, polarity, count(DISTINCT e) AS events, count(DISTINCT f) AS findings,
			     collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen, max(e.startDate) AS lastSeen
			RETURN t.slug + ' ' + coalesce(toString(year), '-') + ' ' + kind + ' ' + polarity + ' ' + events + ' '
			  + findings + ' ' + reduce(s = '', c IN authorities | s + c + ',') + ' ' + toString(firstSeen) + ' '
			  + toString(lastSeen) + ' ' + CASE WHEN findings < 3 THEN findings ELSE 3 END AS row""";

	/** What the cells hold. */
	private static final String ROLLED_UP = """
			MATCH (c:ThemeYear)-[:OF]->(t:Theme)
			WHERE c.theme = t.slug
			RETURN t.slug + ' ' + coalesce(toString(c.year), '-') + ' ' + c.kind + ' ' + c.polarity + ' ' + c.events + ' '
			  + c.findings + ' ' + reduce(s = '', x IN c.authorities | s + x + ',') + ' ' + toString(c.firstSeen) + ' '
			  + toString(c.lastSeen) + ' ' + size(c.samples) AS row""";

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void afterIngestingTheCellsAreTheWalkOfTheTags() {
		List<String> rolledUp = rows(ROLLED_UP);

		assertThat(rolledUp).anyMatch(row -> row.startsWith("caseloads 2018 FOCUSED_VISIT CONCERN "));
		assertThat(rolledUp).anyMatch(row -> row.startsWith("caseloads 2018 FOCUSED_VISIT ANY "));
		assertThat(rolledUp).containsExactlyInAnyOrderElementsOf(rows(WALKED));
	}

	@Test
	void anotherDocumentAboutTheSameEventAddsToItsCellsAndDeletingItTakesItAway() throws IOException {
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
	void reindexingRecomputesWrongCells() {
		List<String> before = rows(ROLLED_UP);
		spoilCells();

		ingest.reindex();

		assertThat(rows(ROLLED_UP)).containsExactlyInAnyOrderElementsOf(rows(WALKED))
			.containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void theMigrationIsTheRefreshOverEveryYearAndKindAndRollsUpAnOlderGraph() throws IOException {
		List<String> statements = SchemaMigrations
			.statementsOf(new ClassPathResource("db/migrations/V006__theme_year_rollup.cypher"));
		assertThat(statements).contains("""
				MATCH (e:Event)
				WHERE e.kind IS NOT NULL
				WITH DISTINCT e.year AS year, e.kind AS kind
				""" + ThemeYearRollup.BODY);
		List<String> before = rows(ROLLED_UP);
		spoilCells();

		statements.forEach(statement -> neo4j.query(statement).run());

		assertThat(rows(ROLLED_UP)).containsExactlyInAnyOrderElementsOf(before);
	}

	private void spoilCells() {
		neo4j.query("MATCH (c:ThemeYear {polarity: 'CONCERN'}) DETACH DELETE c").run();
		neo4j.query("MATCH (c:ThemeYear) SET c.events = 99, c.authorities = ['E00000000']").run();
		assertThat(rows(ROLLED_UP)).isNotEqualTo(rows(WALKED));
	}

	private List<String> rows(String cypher) {
		return List.copyOf(neo4j.query(cypher).fetchAs(String.class).all());
	}

	private static String seedText(String name) throws IOException {
		return new ClassPathResource("graph-seed/documents/" + name).getContentAsString(StandardCharsets.UTF_8);
	}
}
