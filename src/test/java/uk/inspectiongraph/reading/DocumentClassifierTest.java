package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Framework;
import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.Grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

	private final DocumentClassifier classifier = new DocumentClassifier();

	private static final String LETTERHEAD = "Ofsted\nPiccadilly Gate\nenquiries@ofsted.gov.uk\n\n3 March 2022\n\n"
			+ "Pat Example\nDirector of Children's Services\n\nDear Pat\n\n";

	@Test
	void focusedVisitLetter() {
		String text = LETTERHEAD + "Focused visit to Exampleshire children's services\n\nThis letter summarises...";
		assertThat(classifier.classify("x.pdf", text).kind()).isEqualTo(DocumentKind.FOCUSED_VISIT_LETTER);
	}

	@Test
	void monitoringVisitAndJtaiLetters() {
		assertThat(classifier.classify("x.pdf", LETTERHEAD + "Monitoring visit to Exampleshire children's services\n")
			.kind()).isEqualTo(DocumentKind.MONITORING_VISIT_LETTER);
		assertThat(classifier.classify("x.pdf", LETTERHEAD
				+ "Joint targeted area inspection of the multi-agency response to abuse in Exampleshire\n").kind())
			.isEqualTo(DocumentKind.JTAI_LETTER);
	}

	@Test
	void ilacsReportsAreShortOrStandardByTheirDaysOnSite() {
		String shortReport = "Inspection of Exampleshire local authority children's services\n"
				+ "Inspection dates: 19 to 23 February 2024\nLead inspector: Pat Example, His Majesty's Inspector\n"
				+ "Judgement Grade\nThe impact of leaders on social work practice with children and families Good\n";
		Classification c = classifier.classify("whatever.pdf", shortReport);
		assertThat(c.kind()).isEqualTo(DocumentKind.INSPECTION_REPORT);
		assertThat(c.framework()).isEqualTo(Framework.ILACS_SHORT);
		String standard = shortReport.replace("19 to 23 February 2024", "12 to 23 February 2024");
		assertThat(classifier.classify("whatever.pdf", standard).framework()).isEqualTo(Framework.ILACS_STANDARD);
	}

	@Test
	void sifReport() {
		String text = "Exampleshire County Council\nInspection of services for children in need of help and protection, "
				+ "children looked after and care leavers\nInspection dates: 2 June 2014 – 25 June 2014\n"
				+ "The overall judgement is good\n1. Children who need help and protection Good\n";
		assertThat(classifier.classify("x.pdf", text)).isEqualTo(new Classification(DocumentKind.INSPECTION_REPORT,
				Framework.SIF));
	}

	@Test
	void councilPapers() {
		String cabinet = "Cabinet\n\n12 April 2022\n\nOfsted inspection outcome\n\nRecommendation(s)\n\nThat Cabinet notes";
		assertThat(classifier.classify("x.txt", cabinet).kind()).isEqualTo(DocumentKind.COUNCIL_REPORT);
		String slides = "Ofsted monitoring visit feedback\n\nChildren's Overview and Scrutiny Panel\n\n- progress made";
		assertThat(classifier.classify("x.txt", slides).kind()).isEqualTo(DocumentKind.COUNCIL_PRESENTATION);
	}

	@Test
	void anythingElseIsOther() {
		assertThat(classifier.classify("focused visit.pdf", "Minutes of the parish council meeting about the car park")
			.kind()).isEqualTo(DocumentKind.OTHER);
	}
}
