package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The demo corpus shipped in {@code graph-seed/documents}: damaged text of three focused-visit
 * letters, a cabinet report and scrutiny slides. Each must classify, and each letter must give its
 * visit dates, inspectors with the lead, recipient and role.
 */
class SeedLettersTest {

	private static final Path SEED = Path.of("graph-seed/documents");

	private final DocumentClassifier classifier = new DocumentClassifier();

	private final OfstedDocumentExtractor extractor = new OfstedDocumentExtractor();

	@Test
	void warwickshireLetter() throws IOException {
		DocumentFacts facts = letter("2018-08-09-warwickshire-focused-visit-letter.txt");
		assertVisit(facts, "2018-07-17", "2018-07-17", "2018-08-09");
		assertThat(lead(facts)).isEqualTo("Peter McEntee");
		assertThat(facts.people().get(0).name()).isEqualTo("Nigel Minns");
		assertThat(facts.people().get(0).role()).isEqualTo("Strategic Director of People Group");
		assertThat(facts.people().get(0).organisation()).isEqualTo("Warwickshire County Council");
	}

	@Test
	void staffordshireLetter() throws IOException {
		DocumentFacts facts = letter("2018-07-19-staffordshire-focused-visit-letter.txt");
		assertVisit(facts, "2018-06-26", "2018-06-27", "2018-07-19");
		assertThat(facts.events().get(0).inspectors()).extracting(ExtractedInspector::name)
			.containsExactly("Alison Smale", "Julie Knight");
		assertThat(lead(facts)).isEqualTo("Alison Smale");
		assertThat(facts.people().get(0).name()).isEqualTo("Helen Riley");
		assertThat(facts.people().get(0).role())
			.isEqualTo("Deputy Chief Executive and Director for Families & Communities");
	}

	@Test
	void warringtonLetter() throws IOException {
		DocumentFacts facts = letter("2022-01-31-warrington-focused-visit-letter.txt");
		assertVisit(facts, "2021-12-15", "2021-12-16", "2022-01-31");
		assertThat(lead(facts)).isEqualTo("Lorna Schlechte");
		assertThat(facts.people().get(0).name()).isEqualTo("Amanda Amesbury");
		assertThat(facts.people().get(0).role()).isNotBlank();
	}

	@Test
	void councilPapersAreClassifiedAsSuch() throws IOException {
		assertThat(kind("2022-04-12-warwickshire-cabinet-inspection-outcome-report.txt"))
			.isEqualTo(DocumentKind.COUNCIL_REPORT);
		assertThat(kind("2018-03-22-worcestershire-scrutiny-panel-monitoring-visit-feedback.txt"))
			.isEqualTo(DocumentKind.COUNCIL_PRESENTATION);
	}

	private DocumentKind kind(String file) throws IOException {
		return classifier.classify(file, Files.readString(SEED.resolve(file))).kind();
	}

	private DocumentFacts letter(String file) throws IOException {
		String text = Files.readString(SEED.resolve(file));
		Classification classification = classifier.classify(file, text);
		assertThat(classification.kind()).isEqualTo(DocumentKind.FOCUSED_VISIT_LETTER);
		DocumentFacts facts = extractor.extract(text, classification);
		facts.people().forEach(p -> assertThat(p.span().of(text)).contains(p.name()));
		facts.events().get(0).inspectors().forEach(i -> assertThat(i.span().of(text).replaceAll("\\s+", " "))
			.isEqualTo(i.name()));
		return facts;
	}

	private static void assertVisit(DocumentFacts facts, String start, String end, String letterDate) {
		ExtractedEvent event = facts.events().get(0);
		assertThat(event.kind()).isEqualTo(EventKind.FOCUSED_VISIT);
		assertThat(event.startDate()).hasToString(start);
		assertThat(event.endDate()).hasToString(end);
		assertThat(facts.documentDate()).hasToString(letterDate);
	}

	private static String lead(DocumentFacts facts) {
		return facts.events().get(0).inspectors().stream().filter(ExtractedInspector::lead)
			.map(ExtractedInspector::name).findFirst().orElse(null);
	}
}
