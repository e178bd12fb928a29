package uk.inspectiongraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.reading.gazetteer.AuthorityMention;
import uk.inspectiongraph.reading.DateValue;
import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.reading.ExtractedDocument;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractedFinding;
import uk.inspectiongraph.reading.ExtractedInspector;
import uk.inspectiongraph.reading.ExtractedPerson;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.Polarity;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.taxonomy.ThemeTag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several documents in one transaction, against the real embedded database: a bad document in a
 * batch fails alone and leaves nothing behind, the same bytes twice are one document, re-extraction
 * and deletion leave no stray events or people.
 */
@EmbeddedGraphTest
class BatchWriterTest {

	private static final AuthorityMention WARWICKSHIRE = new AuthorityMention("Warwickshire County Council",
			"E10000031", new Span(0, 12));

	@Autowired
	BatchWriter batches;

	@Autowired
	IngestService ingest;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aBadDocumentInABatchFailsAloneAndNothingOfItIsKept() {
		ExtractedDocument good = letter("1", "caseloads", 1991);
		ExtractedDocument bad = letter("2", "no-such-theme", 1992);
		ExtractedDocument alsoGood = letter("3", "caseloads", 1993);

		List<DocumentOutcome> outcomes = batches.store(List.of(extracted(good), extracted(bad), extracted(alsoGood)));

		assertThat(outcomes).extracting(DocumentOutcome::status)
			.containsExactly(DocumentOutcome.Status.INGESTED, DocumentOutcome.Status.FAILED,
					DocumentOutcome.Status.INGESTED);
		assertThat(outcomes.get(1).reason()).contains("theme tags");
		assertThat(documents(good, bad, alsoGood)).isEqualTo(2);
		assertThat(count("MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n)", Map.of("prefix", bad.contentHash())))
			.isZero();
		assertThat(count("MATCH (e:Event {key: 'E10000031|FOCUSED_VISIT|1992-03'}) RETURN count(e)", Map.of())).isZero();
	}

	@Test
	void theSameBytesTwiceInABatchAreOneDocument() {
		ExtractedDocument letter = letter("4", "caseloads", 1994);

		List<DocumentOutcome> outcomes = batches.store(List.of(extracted(letter), extracted(letter)));

		assertThat(outcomes).extracting(DocumentOutcome::status)
			.containsExactly(DocumentOutcome.Status.INGESTED, DocumentOutcome.Status.UNCHANGED);
		assertThat(documents(letter)).isEqualTo(1);
		assertThat(count("MATCH (f:Finding) WHERE f.id STARTS WITH $prefix RETURN count(f)",
				Map.of("prefix", letter.contentHash()))).isEqualTo(1);
	}

	@Test
	void deletingADocumentTakesTheEventsAndPeopleOnlyItSpokeOf() {
		ExtractedDocument letter = letter("5", "caseloads", 1995);
		batches.store(List.of(extracted(letter)));
		assertThat(count("MATCH (p:Person:Inspector {name: 'Sam Sample 1995'}) RETURN count(p)", Map.of())).isEqualTo(1);

		assertThat(ingest.delete(letter.contentHash())).isTrue();

		assertThat(count("MATCH (e:Event {key: 'E10000031|FOCUSED_VISIT|1995-03'}) RETURN count(e)", Map.of())).isZero();
		assertThat(count("MATCH (p:Person) WHERE p.name IN ['Sam Sample 1995', 'Jo Director 1995'] RETURN count(p)",
				Map.of())).isZero();
	}

	@Test
	void reindexingChangesNothingWhenTheExtractorHasNotChanged() {
		Map<String, Long> before = counts();

		IngestReport report = ingest.reindex();

		assertThat(report.failures()).isEmpty();
		assertThat(report.count(DocumentOutcome.Status.INGESTED)).isEqualTo(before.get("Document"));
		assertThat(counts()).isEqualTo(before);
	}

	/** Takes this class's documents out again: their texts are not real letters, and a reindex would refuse them. */
	@AfterEach
	void deleteTheLetters() {
		for (String digit : List.of("1", "2", "3", "4", "5")) {
			ingest.delete(digit.repeat(64));
		}
	}

	private static PreparedDocument extracted(ExtractedDocument document) {
		return PreparedDocument.extracted(document.file(), document, false);
	}

	/** A focused-visit letter of its own (hash, event month, inspector and recipient unique to {@code year}). */
	private static ExtractedDocument letter(String digit, String themeSlug, int year) {
		String text = "Warwickshire focused visit. Caseloads are too high. Sam Sample " + year;
		ExtractedEvent visit = new ExtractedEvent(EventKind.FOCUSED_VISIT, DateValue.day(LocalDate.of(year, 3, 2)), null,
				"care leavers", List.of(new ExtractedInspector("Sam Sample " + year, true, new Span(51, 67))), List.of(),
				new Span(0, 27));
		ExtractedPerson recipient = new ExtractedPerson("Jo Director " + year, "Director of Children's Services", null,
				Relation.RECIPIENT, null);
		ExtractedFinding finding = new ExtractedFinding(FindingKind.AREA_FOR_IMPROVEMENT, "What needs to improve", 1,
				"Caseloads are too high.", new Span(28, 51), 0,
				List.of(new ThemeTag(themeSlug, Polarity.CONCERN, "Caseloads")));
		return new ExtractedDocument("letter-" + year + ".txt", digit.repeat(64), text, DocumentKind.FOCUSED_VISIT_LETTER,
				null, "Focused visit", DateValue.day(LocalDate.of(year, 4, 1)), WARWICKSHIRE, List.of(visit),
				List.of(recipient), List.of(finding));
	}

	private long documents(ExtractedDocument... documents) {
		return count("MATCH (d:Document) WHERE d.hash IN $hashes RETURN count(d)",
				Map.of("hashes", List.of(documents).stream().map(ExtractedDocument::contentHash).toList()));
	}

	private Map<String, Long> counts() {
		return Map.of("Document", count("MATCH (n:Document) RETURN count(n)", Map.of()), "Event",
				count("MATCH (n:Event) RETURN count(n)", Map.of()), "Person", count("MATCH (n:Person) RETURN count(n)",
						Map.of()), "Inspector", count("MATCH (n:Inspector) RETURN count(n)", Map.of()), "Finding",
				count("MATCH (n:Finding) RETURN count(n)", Map.of()), "Relationship",
				count("MATCH ()-[r]->() RETURN count(r)", Map.of()));
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return neo4j.query(cypher).bindAll(parameters).fetchAs(Long.class).one().orElseThrow();
	}
}
