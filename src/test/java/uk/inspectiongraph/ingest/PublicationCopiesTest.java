package uk.inspectiongraph.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectiongraph.ingest.CopyVariants.ENCRYPTED;
import static uk.inspectiongraph.ingest.CopyVariants.PADDED;
import static uk.inspectiongraph.ingest.CopyVariants.RESAVED;
import static uk.inspectiongraph.ingest.CopyVariants.TRUNCATED;
import static uk.inspectiongraph.ingest.CopyVariants.WHOLE;

/**
 * One publication, one set of facts: an inspection report generated here as a PDF, then re-saved,
 * re-encrypted with an owner password, padded and cut short, ingested in several orders, one by one
 * and in one batch, leaves exactly what the whole report alone leaves; the cut file is recorded as
 * incomplete; a council paper about the same inspection keeps its own facts.
 */
@EmbeddedGraphTest
class PublicationCopiesTest {

	private static final String BARNSLEY_EVENT = "E08000016|INSPECTION|2023-03";

	private static final String WARWICKSHIRE_EVENT = "E10000031|INSPECTION|2021-11";

	private static final List<List<String>> ORDERS = List.of(List.of(WHOLE, RESAVED, ENCRYPTED, PADDED, TRUNCATED),
			List.of(TRUNCATED, PADDED, ENCRYPTED, RESAVED, WHOLE), List.of(TRUNCATED, WHOLE, PADDED, RESAVED, ENCRYPTED),
			List.of(ENCRYPTED, TRUNCATED, RESAVED, WHOLE, PADDED));

	@Autowired
	IngestService ingest;

	@Autowired
	BatchWriter batches;

	@Autowired
	DocumentPreparer preparer;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void fiveFilesOfOneReportKeepOneSetOfFactsInEveryOrder() {
		CopyVariants variants = CopyVariants.of(CopyVariants.render(GeneratedReport.text("Barnsley", "6 to 17 March 2023")));
		CopyChecks checks = checks();
		CopyChecks.Single single = checks.single(variants, BARNSLEY_EVENT);

		for (List<String> order : ORDERS) {
			checks.oneByOne(variants, order, BARNSLEY_EVENT, single);
		}
	}

	@Test
	void fiveFilesInOneBatchKeepOneSetOfFacts() {
		CopyVariants variants = CopyVariants.of(CopyVariants.render(GeneratedReport.text("Barnsley", "6 to 17 March 2023")));
		CopyChecks checks = checks();
		CopyChecks.Single single = checks.single(variants, BARNSLEY_EVENT);

		List<DocumentOutcome> outcomes = batches.store(List.of(TRUNCATED, PADDED, WHOLE, ENCRYPTED, RESAVED)
			.stream()
			.map(name -> preparer.prepareUpload(name, () -> variants.get(name)))
			.toList());

		checks.check(variants, outcomes, BARNSLEY_EVENT, single);
	}

	@Test
	void aFileCutShortIsRecordedAsIncomplete() {
		CopyVariants variants = CopyVariants.of(CopyVariants.render(GeneratedReport.text("Barnsley", "6 to 17 March 2023")));

		DocumentOutcome truncated = ingest.ingest(TRUNCATED, variants.get(TRUNCATED));
		DocumentOutcome whole = ingest.ingest(WHOLE, variants.get(WHOLE));

		assertThat(truncated.status()).isEqualTo(DocumentOutcome.Status.INGESTED);
		assertThat(truncated.warnings()).singleElement().asString().startsWith("incomplete PDF");
		assertThat(whole.status()).isEqualTo(DocumentOutcome.Status.INGESTED);
		assertThat(whole.warnings()).singleElement().asString().startsWith("more complete than '");
		PublicationFacts facts = new PublicationFacts(neo4j);
		assertThat(facts.count("MATCH (d:Document {hash: $hash, complete: false}) WHERE d.incompleteReason IS NOT NULL "
				+ "RETURN count(d)", Map.of("hash", truncated.contentHash()))).isOne();
		assertThat(facts.count("MATCH (d:Document {hash: $hash, complete: true}) WHERE d.pageCount > 1 RETURN count(d)",
				Map.of("hash", whole.contentHash()))).isOne();
		assertThat(ingest.delete(whole.contentHash())).isTrue();
		assertThat(facts.documents(List.of(truncated.contentHash(), whole.contentHash()))).isZero();
	}

	@Test
	void aCouncilPaperAboutTheSameInspectionKeepsItsFacts() {
		PublicationFacts facts = new PublicationFacts(neo4j);
		String cabinet = neo4j.query("MATCH (d:Document {kind: 'COUNCIL_REPORT'})-[:REPORTS]->(:Event {key: $key}) RETURN d.hash")
			.bindAll(Map.of("key", WARWICKSHIRE_EVENT))
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		Map<String, Long> councilJudgements = facts.judgementsPerArea(WARWICKSHIRE_EVENT, "COUNCIL_REPORT");
		long councilFindings = facts.findingsIn(cabinet);
		long eventFindings = facts.findings(WARWICKSHIRE_EVENT);
		CopyVariants variants = CopyVariants
			.of(CopyVariants.render(GeneratedReport.text("Warwickshire", "8 to 19 November 2021")));

		for (String name : List.of(TRUNCATED, WHOLE, RESAVED, ENCRYPTED, PADDED)) {
			ingest.ingest(name, variants.get(name));
		}

		assertThat(facts.holders(List.of(cabinet))).containsExactly(cabinet);
		assertThat(facts.judgementsPerArea(WARWICKSHIRE_EVENT, "COUNCIL_REPORT")).isEqualTo(councilJudgements);
		assertThat(facts.findingsIn(cabinet)).isEqualTo(councilFindings);
		List<String> ofsted = neo4j.query("MATCH (d:Document {kind: 'INSPECTION_REPORT'})-[:REPORTS]->(:Event {key: $key}) "
				+ "RETURN d.hash").bindAll(Map.of("key", WARWICKSHIRE_EVENT)).fetchAs(String.class).all().stream().toList();
		assertThat(ofsted).hasSize(1);
		assertThat(facts.judgementsPerArea(WARWICKSHIRE_EVENT, "INSPECTION_REPORT")).isNotEmpty()
			.allSatisfy((area, count) -> assertThat(count).isEqualTo(1));
		assertThat(facts.findings(WARWICKSHIRE_EVENT)).isEqualTo(eventFindings + facts.findingsIn(ofsted.get(0)));

		assertThat(ingest.delete(ofsted.get(0))).isTrue();
		assertThat(facts.findings(WARWICKSHIRE_EVENT)).isEqualTo(eventFindings);
		assertThat(facts.judgementsPerArea(WARWICKSHIRE_EVENT, "INSPECTION_REPORT")).isEmpty();
	}

	private CopyChecks checks() {
		return new CopyChecks(ingest, new PublicationFacts(neo4j));
	}
}
