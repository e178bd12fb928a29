package uk.inspectiongraph.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.Framework;

/**
 * Word processors print dates and labels with non-breaking spaces; read through the one door
 * ({@link SourceReader}) such a document reads as if its spaces were plain: a letter keeps its
 * printed date, a report's title page its "Inspection dates", whatever its layout.
 */
class UnicodeSpacesTest {

	private static final String NBSP = "\u00a0";

	private static final String NARROW = "\u202f";

	private final SourceReader reader = new SourceReader();

	private final DocumentClassifier classifier = new DocumentClassifier();

	@Test
	void everySpaceSeparatorBecomesAPlainSpaceAndInvisibleCharactersGo() {
		assertThat(UnicodeSpaces.plain("12" + NBSP + "March" + NARROW + "2019\u2007x\u3000y"))
			.isEqualTo("12 March 2019 x y");
		assertThat(UnicodeSpaces.plain("safe\u00adguarding\u200b\ufeff")).isEqualTo("safeguarding");
	}

	@Test
	void aLetterDatedWithNonBreakingSpacesKeepsItsDate() {
		String letter = "Ofsted\nPiccadilly Gate\nenquiries@ofsted.gov.uk\n\n14" + NBSP + "March" + NBSP + "2019\n\n"
				+ "Pat Example\nDirector of Children's Services\nExampleshire County Council\n\nDear Pat\n\n"
				+ "Focused visit to Exampleshire children's services\n\nThis letter summarises the findings of the "
				+ "focused visit to Exampleshire children's services on 12" + NARROW + "and 13" + NBSP + "February 2019.\n";
		String text = read("letter.txt", letter);
		Classification classification = classifier.classify("letter.txt", text);
		DocumentFacts facts = new OfstedDocumentExtractor().extract(text, classification);

		assertThat(classification.kind()).isEqualTo(DocumentKind.FOCUSED_VISIT_LETTER);
		assertThat(facts.documentDate().date()).isEqualTo(LocalDate.of(2019, 3, 14));
		assertThat(facts.events().get(0).startDate().date()).isEqualTo(LocalDate.of(2019, 2, 12));
	}

	@Test
	void aSifTitlePageThatStartsWithTheCouncilAndSpacesItsLabelsIsAReport() {
		String report = "1\n\nExampleshire County Council\n\nInspection of services for children in need of help and "
				+ "protection, children looked after and care leavers\n\nInspection" + NBSP + "dates:" + NBSP + "11"
				+ NBSP + "April" + NBSP + "2016" + NBSP + "to" + NBSP + "5" + NBSP + "May" + NBSP + "2016\n\nReport "
				+ "published: 21 June 2016\n\nChildren's services in Exampleshire require improvement to be good\n";
		String text = read("report.txt", report);

		assertThat(classifier.classify("report.txt", text))
			.isEqualTo(new Classification(DocumentKind.INSPECTION_REPORT, Framework.SIF));
	}

	@Test
	void aTitlePageWithItsHeadlineJudgementAboveItsDatesIsAReport() {
		String report = "Exampleshire County Council\n\nInspection of services for children in need of help and "
				+ "protection, children looked after and care leavers\n\nThe overall judgement is that children's "
				+ "services are good\n\nInspection dates: 11 April 2016 to 5 May 2016\n";
		assertThat(classifier.classify("report.txt", report).kind()).isEqualTo(DocumentKind.INSPECTION_REPORT);
	}

	private String read(String name, String text) {
		return reader.read(name, text.getBytes(StandardCharsets.UTF_8)).text();
	}
}
