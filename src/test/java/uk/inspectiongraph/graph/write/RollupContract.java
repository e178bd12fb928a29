package uk.inspectiongraph.graph.write;

import uk.inspectiongraph.ingest.IngestService;
import uk.inspectiongraph.ingest.DocumentOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import org.springframework.transaction.support.TransactionTemplate;

import uk.inspectiongraph.graph.schema.SchemaMigrations;
import uk.inspectiongraph.reading.DocumentExtractor;
import uk.inspectiongraph.reading.SourceText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every roll-up the writer keeps must do, checked on the seeded demo corpus: hold what a
 * direct walk of the findings and their tags gives after ingesting, after another document about
 * the same event comes and goes, after a reindex repairs a spoiled roll-up, and after its
 * migration, which must be the writer's refresh run over everything. A subclass says how to read
 * the roll-up and the walk (each row as text), how to spoil it, and which migration backfills it.
 */
@SuppressWarnings("unchecked")
abstract class RollupContract {

	private static final String WARWICKSHIRE_LETTER = "2018-08-09-warwickshire-focused-visit-letter.txt";

	private static final String WARWICKSHIRE_VISIT = "E10000031|FOCUSED_VISIT|2018-07";

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DocumentGraphWriter writer;

	@Autowired
	DocumentExtractor extractor;

	@Autowired
	TransactionTemplate transactions;

	/** The roll-up as it is stored, a row per fact. */
	abstract List<String> rolledUp();

	/** The same rows from the findings and their tags. */
	abstract List<String> walked();

	/** Makes the stored roll-up wrong (the contract checks that it then differs from the walk). */
	abstract void spoil();

	/**
	 * Everything the roll-up stores, what its reads use and what taking a part away uses, a row
	 * per fact, so that two states compare equal only when they are the same; the roll-up's rows
	 * unless it keeps more.
	 */
	List<String> stored() {
		return rolledUp();
	}

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

		DocumentOutcome outcome = ingest.ingest("warwickshire-second-letter.txt",
				secondLetter(letter).getBytes(StandardCharsets.UTF_8));

		assertThat(outcome.status()).isEqualTo(DocumentOutcome.Status.INGESTED);
		assertThat(neo4j.query("MATCH (:Event {key: $key})<-[:REPORTS]-(d) RETURN count(d)")
			.bind(WARWICKSHIRE_VISIT).to("key").fetchAs(Long.class).one()).contains(2L);
		assertThat(rolledUp()).isNotEqualTo(before).containsExactlyInAnyOrderElementsOf(walked());

		assertThat(ingest.delete(outcome.contentHash())).isTrue();

		assertThat(rolledUp()).containsExactlyInAnyOrderElementsOf(walked()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void addingAndTakingAwayEachDocumentsPartEndsWhereARebuildFromScratchDoes() throws IOException {
		List<String> before = stored();
		String letter = new ClassPathResource("graph-seed/documents/" + WARWICKSHIRE_LETTER)
			.getContentAsString(StandardCharsets.UTF_8);
		DocumentOutcome first = ingest.ingest("warwickshire-second-letter.txt",
				secondLetter(letter).getBytes(StandardCharsets.UTF_8));
		DocumentOutcome second = ingest.ingest("warwickshire-third-letter.txt",
				thirdLetter(letter).getBytes(StandardCharsets.UTF_8));
		assertThat(List.of(first.status(), second.status())).containsOnly(DocumentOutcome.Status.INGESTED);

		try {
			reingest(first.contentHash());
			assertThat(ingest.delete(second.contentHash())).isTrue();

			List<String> kept = stored();
			assertThat(rolledUp()).containsExactlyInAnyOrderElementsOf(walked());
			neo4j.query(refreshOverEverything()).run();
			assertThat(kept).isNotEmpty().containsExactlyInAnyOrderElementsOf(stored());
		}
		finally {
			ingest.delete(first.contentHash());
			ingest.delete(second.contentHash());
		}
		assertThat(stored()).containsExactlyInAnyOrderElementsOf(before);
	}

	/** Writes a stored document again from its stored text, replacing what it derived: the writer's re-ingest path. */
	private void reingest(String hash) {
		SourceText text = writer.storedDocuments().stream().filter(stored -> stored.contentHash().equals(hash))
			.findFirst().orElseThrow();
		transactions.executeWithoutResult(status -> writer.write(List.of(extractor.extract(text)), true));
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

	/**
	 * Another letter about the same visit: the seed letter's head (date, recipient, subject, the
	 * visit's dates and inspectors) over findings of its own. The seed letter with a byte changed
	 * would be a copy of it, recorded with no facts of its own.
	 */
	private static String secondLetter(String letter) {
		return letter.substring(0, letter.indexOf("Inspectors looked at")) + """
				What needs to improve in this area of social work practice

				- Caseloads in the children in need teams are too high for social workers to see children often enough.
				- Management oversight and supervision do not consistently challenge drift in children's plans.
				- Assessments of risk for children living at home are not updated when their circumstances change.

				Leaders were open with inspectors about where practice must improve, and they shared their own audits of
				the children in need service, which identified the same priorities for the coming year.

				Yours sincerely

				Peter McEntee
				Her Majesty's Inspector
				""";
	}

	/** A third letter about the same visit, with findings of its own and another inspector. */
	private static String thirdLetter(String letter) {
		return letter.substring(0, letter.indexOf("Inspectors looked at")) + """
				What needs to improve in this area of social work practice

				- Too many children wait too long for an initial health assessment when they come into care.
				- Recruitment and retention of experienced social workers remain a challenge, and agency staff turnover is high.

				Strengths

				- Senior leaders have a clear understanding of the quality of practice and strong political support.

				Yours sincerely

				Lisa Walsh
				Her Majesty's Inspector
				""";
	}

	/**
	 * Each row of a statement that returns {@code name} and {@code properties} (a map) as text, the
	 * properties by key, a list named {@code eventKeys} sorted (its order is that of the writes).
	 */
	List<String> propertyRows(String cypher) {
		return neo4j.query(cypher).fetch().all().stream().map(row -> {
			Map<String, Object> properties = new TreeMap<>((Map<String, Object>) row.get("properties"));
			properties.computeIfPresent("eventKeys", (key, keys) -> ((List<?>) keys).stream().map(String::valueOf).sorted().toList());
			return row.get("name") + " " + properties;
		}).toList();
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
