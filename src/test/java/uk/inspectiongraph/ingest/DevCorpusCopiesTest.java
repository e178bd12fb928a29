package uk.inspectiongraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.inspectiongraph.ingest.CopyVariants.ENCRYPTED;
import static uk.inspectiongraph.ingest.CopyVariants.PADDED;
import static uk.inspectiongraph.ingest.CopyVariants.RESAVED;
import static uk.inspectiongraph.ingest.CopyVariants.TRUNCATED;
import static uk.inspectiongraph.ingest.CopyVariants.WHOLE;

/**
 * A real Ofsted inspection report (Barnsley's of 2023, from the development corpus) as five
 * byte-different files, ingested in either order of arrival and in one batch: one document holds
 * the facts, one judgement per area, the findings of the report alone. Skips when the corpus (never
 * committed) is absent: located by the system property {@code inspectiongraph.dev-corpus}, else
 * {@code ../shared/corpus/ofsted-dev}.
 */
@EmbeddedGraphTest
class DevCorpusCopiesTest {

	private static final String REPORT = "inspections/80426_barnsley/children's services inspection - 27 october 2023.pdf";

	@Autowired
	IngestService ingest;

	@Autowired
	BatchWriter batches;

	@Autowired
	DocumentPreparer preparer;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aRealReportsFiveFilesKeepOneSetOfFacts() throws IOException {
		Path report = Path.of(System.getProperty("inspectiongraph.dev-corpus", "../shared/corpus/ofsted-dev"), REPORT);
		assumeThat(Files.isRegularFile(report)).as("dev corpus report at " + report.toAbsolutePath()).isTrue();
		CopyVariants variants = CopyVariants.of(Files.readAllBytes(report));
		PublicationFacts facts = new PublicationFacts(neo4j);
		CopyChecks checks = new CopyChecks(ingest, facts);
		String eventKey = eventOf(variants);
		CopyChecks.Single single = checks.single(variants, eventKey);
		assertThat(single.judgements()).hasSizeGreaterThanOrEqualTo(4);

		checks.oneByOne(variants, List.of(WHOLE, RESAVED, ENCRYPTED, PADDED, TRUNCATED), eventKey, single);
		checks.oneByOne(variants, List.of(TRUNCATED, PADDED, ENCRYPTED, RESAVED, WHOLE), eventKey, single);
		checks.check(variants, batches.store(List.of(TRUNCATED, WHOLE, PADDED, RESAVED, ENCRYPTED)
			.stream()
			.map(name -> preparer.prepareUpload(name, () -> variants.get(name)))
			.toList()), eventKey, single);
	}

	/** The inspection the report is about, found by ingesting it once (and taking it out again). */
	private String eventOf(CopyVariants variants) {
		DocumentOutcome outcome = ingest.ingest(WHOLE, variants.get(WHOLE));
		String key = neo4j.query("MATCH (:Document {hash: $hash})-[:REPORTS]->(e:Event) RETURN e.key")
			.bindAll(Map.of("hash", outcome.contentHash()))
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		assertThat(ingest.delete(outcome.contentHash())).isTrue();
		return key;
	}
}
