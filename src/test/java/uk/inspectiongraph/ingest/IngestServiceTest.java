package uk.inspectiongraph.ingest;

import uk.inspectiongraph.graph.write.DocumentGraphWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.reading.gazetteer.AuthorityMention;
import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.taxonomy.ThemeTag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ingestion pipeline against the real embedded database: idempotent by content, bad input
 * reported per document without stopping the batch, one transaction per document.
 */
@EmbeddedGraphTest
class IngestServiceTest {

	private static final String WARWICKSHIRE_LETTER = "2018-08-09-warwickshire-focused-visit-letter.txt";

	@Autowired
	IngestService ingest;

	@Autowired
	DocumentGraphWriter writer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void theSameBytesAgainChangeNothing(@TempDir Path directory) throws IOException {
		Path copy = Files.write(directory.resolve(WARWICKSHIRE_LETTER), seed(WARWICKSHIRE_LETTER));
		Map<String, Long> before = counts();

		IngestReport report = ingest.ingestFiles(List.of(copy), (done, total) -> {
		});

		assertThat(report.outcomes()).singleElement()
			.extracting(DocumentOutcome::status)
			.isEqualTo(DocumentOutcome.Status.UNCHANGED);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void badDocumentsFailWithAReasonAndTheBatchGoesOn(@TempDir Path directory) throws IOException {
		Files.writeString(directory.resolve("a-error-page.pdf"), "<!DOCTYPE html><html><body>Not found</body></html>");
		Files.write(directory.resolve("b-empty.pdf"), new byte[0]);
		Files.writeString(directory.resolve("c-minutes.docx"), "PK not really a document");
		Files.writeString(directory.resolve("d-allotments.txt"),
				"Minutes of the allotment society. The committee discussed the price of compost and the shed roof.");
		Files.writeString(directory.resolve("e-borsetshire.txt"), """
				Ofsted Piccadilly Gate Store Street Manchester M1 2WD

				9 August 2018

				Jane Example Director of Children's Services Borsetshire Council Shire Hall Borchester BC1 1AA

				Dear Ms Example

				Focused visit to Borsetshire children's services

				This letter summarises the findings of a focused visit to Borsetshire children's services on
				17 July 2018. The inspectors were Sam Sample, Her Majesty's Inspector, and Alex Other, Her Majesty's
				Inspector.

				What needs to improve in this area of social work practice

				- Caseloads are too high.

				Yours sincerely

				Sam Sample Her Majesty's Inspector
				""");
		String changedLetter = new String(seed(WARWICKSHIRE_LETTER), StandardCharsets.UTF_8) + "\n";
		Files.writeString(directory.resolve("f-warwickshire-copy.txt"), changedLetter);
		long documentsBefore = counts().get("Document");

		IngestReport report = ingest.ingestFiles(List.of(directory), (done, total) -> {
		});

		assertThat(report.outcomes()).extracting(DocumentOutcome::status)
			.containsExactly(DocumentOutcome.Status.FAILED, DocumentOutcome.Status.FAILED,
					DocumentOutcome.Status.FAILED, DocumentOutcome.Status.FAILED, DocumentOutcome.Status.FAILED,
					DocumentOutcome.Status.COPY);
		assertThat(report.failures()).extracting(DocumentOutcome::reason)
			.satisfiesExactly(reason -> assertThat(reason).contains("not a PDF").contains("HTML"),
					reason -> assertThat(reason).contains("empty"),
					reason -> assertThat(reason).contains("only PDF and plain text"),
					reason -> assertThat(reason).contains("not an inspection document"),
					reason -> assertThat(reason).contains("no local authority"));
		assertThat(counts().get("Document")).isEqualTo(documentsBefore + 1);
		DocumentOutcome copy = report.outcomes().get(5);
		assertThat(copy.reason()).startsWith("copy of 'Focused visit to Warwickshire children");
		assertThat(count("MATCH (:Document {hash: $hash})-[:COPY_OF]->(d:Document) RETURN count(d)",
				Map.of("hash", copy.contentHash()))).isOne();

		String hash = copy.contentHash();
		assertThat(ingest.delete(hash)).isTrue();
		assertThat(counts().get("Document")).isEqualTo(documentsBefore);
		assertThat(ingest.delete(hash)).isFalse();
	}

	@Test
	void aDocumentIsWrittenWholeOrNotAtAll() {
		String text = "Focused visit to Warwickshire children's services. Caseloads are too high.";
		ExtractedFinding finding = new ExtractedFinding(FindingKind.AREA_FOR_IMPROVEMENT, "What needs to improve", 1,
				"Caseloads are too high.", new Span(50, 73), -1,
				List.of(new ThemeTag("no-such-theme", Polarity.CONCERN, "Caseloads")));
		ExtractedDocument document = new ExtractedDocument("half-written.txt", "f".repeat(64), text,
				DocumentKind.FOCUSED_VISIT_LETTER, null, "Focused visit", null,
				new AuthorityMention("Warwickshire County Council", "E10000031", new Span(17, 29)), List.of(),
				List.of(), List.of(finding));

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> writer.write(List.of(document), false)))
			.hasMessageContaining("theme tags");

		assertThat(writer.contains(document.contentHash())).isFalse();
		assertThat(count("MATCH (f:Finding) WHERE f.id STARTS WITH $prefix RETURN count(f)",
				Map.of("prefix", document.contentHash()))).isZero();
	}

	private Map<String, Long> counts() {
		return Map.of("Document", count("MATCH (n:Document) RETURN count(n)", Map.of()), "Event",
				count("MATCH (n:Event) RETURN count(n)", Map.of()), "Finding",
				count("MATCH (n:Finding) RETURN count(n)", Map.of()), "Relationship",
				count("MATCH ()-[r]->() RETURN count(r)", Map.of()));
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
	}

	private static byte[] seed(String name) throws IOException {
		return new ClassPathResource("graph-seed/documents/" + name).getContentAsByteArray();
	}
}
