package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.system.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every roll-up the writer keeps must do, checked on the seeded demo corpus: hold what a
 * direct walk of the findings and their tags gives after ingesting, after another document about
 * the same event comes and goes, after a reindex repairs a spoiled roll-up, and after its
 * migration, which must be the writer's refresh run over everything. A subclass says how to read
 * the roll-up and the walk (each row as text), how to spoil it, and which migration backfills it.
 */
abstract class RollupContract {

	private static final String WARWICKSHIRE_LETTER = "2018-08-09-warwickshire-focused-visit-letter.txt";

	private static final String WARWICKSHIRE_VISIT = "E10000031|FOCUSED_VISIT|2018-07";

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	/** The roll-up as it is stored, a row per fact. */
	abstract List<String> rolledUp();

	/** The same rows from the findings and their tags. */
	abstract List<String> walked();

	/** Makes the stored roll-up wrong (the contract checks that it then differs from the walk). */
	abstract void spoil();

	/** The migration that backfills the roll-up, under db/migrations/. */
	abstract String migration();

	/** The writer's refresh over everything, as the migration must hold it. */
	abstract String refreshOverEverything();

	@Test
	void afterIngestingTheRollUpIsTheWalkOfTheTags() {
		assertThat(rolledUp()).isNotEmpty().containsExactlyInAnyOrderElementsOf(walked());
	}

	@Test
	void anotherDocumentAboutTheSameEventAddsToTheRollUpAndDeletingItTakesItAway() throws IOException {
		List<String> before = rolledUp();
		String letter = new ClassPathResource("graph-seed/documents/" + WARWICKSHIRE_LETTER)
			.getContentAsString(StandardCharsets.UTF_8);

		DocumentOutcome outcome = ingest.ingest("warwickshire-copy.txt", (letter + "\n").getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.status()).isEqualTo(DocumentOutcome.Status.INGESTED);
		assertThat(neo4j.query("MATCH (:Event {key: $key})<-[:REPORTS]-(d) RETURN count(d)")
			.bind(WARWICKSHIRE_VISIT).to("key").fetchAs(Long.class).one()).contains(2L);
		assertThat(rolledUp()).isNotEqualTo(before).containsExactlyInAnyOrderElementsOf(walked());

		assertThat(ingest.delete(outcome.contentHash())).isTrue();

		assertThat(rolledUp()).containsExactlyInAnyOrderElementsOf(walked()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void reindexingRecomputesAWrongRollUp() {
		List<String> before = rolledUp();
		spoilChecked();

		ingest.reindex();

		assertThat(rolledUp()).containsExactlyInAnyOrderElementsOf(walked()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void theMigrationIsTheRefreshOverEverythingAndRollsUpAnOlderGraph() throws IOException {
		List<String> statements = SchemaMigrations.statementsOf(new ClassPathResource("db/migrations/" + migration()));
		assertThat(statements).contains(refreshOverEverything());
		List<String> before = rolledUp();
		spoilChecked();

		statements.forEach(statement -> neo4j.query(statement).run());

		assertThat(rolledUp()).containsExactlyInAnyOrderElementsOf(before);
	}

	/** Each row of a statement that returns one text column. */
	List<String> texts(String cypher) {
		return List.copyOf(neo4j.query(cypher).fetchAs(String.class).all());
	}

	private void spoilChecked() {
		spoil();
		assertThat(rolledUp()).isNotEqualTo(walked());
	}
}
