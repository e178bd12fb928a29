package uk.inspectiongraph.reading.ofsted;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.inspectiongraph.domain.AreaSendOutcome;
import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.reading.DocumentClassifier;
import uk.inspectiongraph.reading.DocumentFacts;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.OfstedDocumentExtractor;

/**
 * An area SEND report laid out as PDF text gives it (title cut over two lines, a running header,
 * the outcome under its heading, the partnership in the first sentence of its section): classified,
 * dated, its previous inspection, outcome and partnership read.
 */
class AreaSendReportTest {

	static final String REPORT = """
			Local area partnership report

			Area SEND inspection of Exampleshire Local
			Area Partnership

			Inspection dates: 29 January 2024 to 2 February 2024

			Dates of previous inspection: 9 to 13 July 2018

			Inspection outcome

			The local area partnership's arrangements lead to inconsistent experiences and outcomes for
			children and young people with special educational needs and/or disabilities (SEND). The local
			area partnership must work jointly to make improvements.

			The next full area SEND inspection will be within approximately three years.

			Information about the local area partnership

			Exampleshire County Council and NHS Example and Westshire Integrated Care Board (ICB) are
			jointly responsible for the planning and commissioning of services for children and young
			people with SEND in Exampleshire.

			What is it like to be a child or young person with SEND in this area?

			Families wait too long for the plans their children need, and many say nobody listens.

			Areas for improvement

			Leaders across the partnership should make sure that EHC plans are written within 20 weeks.

			Information about this inspection

			Ofsted and the Care Quality Commission (CQC) inspected the area together.
			""";

	@Test
	void classifiedAsAnAreaSendReport() {
		assertThat(new DocumentClassifier().classify("x.pdf", REPORT).kind()).isEqualTo(DocumentKind.AREA_SEND_REPORT);
	}

	@Test
	void readsTheEventWithItsPreviousInspectionOutcomeAndPartnership() {
		DocumentFacts facts = new OfstedDocumentExtractor().extract(REPORT,
				new DocumentClassifier().classify("x.pdf", REPORT));
		assertThat(facts.title()).isEqualTo("Area SEND inspection of Exampleshire Local Area Partnership");
		assertThat(facts.documentDate().date()).isEqualTo(LocalDate.of(2024, 2, 2));
		ExtractedEvent event = facts.events().get(0);
		assertThat(event.kind()).isEqualTo(EventKind.AREA_SEND);
		assertThat(event.startDate().date()).isEqualTo(LocalDate.of(2024, 1, 29));
		assertThat(event.previousInspection().start().date()).isEqualTo(LocalDate.of(2018, 7, 9));
		assertThat(event.previousInspection().end().date()).isEqualTo(LocalDate.of(2018, 7, 13));
		assertThat(event.areaSend().outcome().value()).isEqualTo(AreaSendOutcome.INCONSISTENT_EXPERIENCES);
		assertThat(event.areaSend().outcome().span().of(REPORT)).startsWith("The local area partnership's arrangements")
			.endsWith("(SEND).");
		assertThat(event.areaSend().partnership().council()).isEqualTo("Exampleshire County Council");
		assertThat(event.areaSend().partnership().healthBody())
			.isEqualTo("NHS Example and Westshire Integrated Care Board");
	}

	@Test
	void everyOutcomeOfTheFrameworkAndAMonitoringInspection() {
		assertThat(outcomeOf("arrangements typically lead to positive experiences and outcomes for children"))
			.isEqualTo(AreaSendOutcome.POSITIVE_EXPERIENCES);
		assertThat(outcomeOf("There are widespread and/or systemic failings leading to significant concerns"))
			.isEqualTo(AreaSendOutcome.WIDESPREAD_SYSTEMIC_FAILINGS);
		assertThat(outcomeOf("The local area partnership has made sufficient progress in addressing the areas"))
			.isEqualTo(AreaSendOutcome.SUFFICIENT_PROGRESS);
		assertThat(outcomeOf("The local area partnership has made insufficient progress in addressing the areas"))
			.isEqualTo(AreaSendOutcome.INSUFFICIENT_PROGRESS);
	}

	@Test
	void aMonitoringInspectionTitleIsAnAreaSendReport() {
		String text = REPORT.replace("Area SEND inspection of", "Area SEND monitoring inspection of");
		assertThat(new DocumentClassifier().classify("x.pdf", text).kind()).isEqualTo(DocumentKind.AREA_SEND_REPORT);
	}

	@Test
	void aLetterOfTheFrameworkBefore2023IsAnAreaSendReportDatedLikeALetter() {
		String letter = """
				Ofsted
				Piccadilly Gate
				enquiries@ofsted.gov.uk

				1 July 2019

				Pat Example
				Director of Children's Services
				Exampleshire County Council

				Dear Pat

				Joint local area SEND inspection in Exampleshire

				Between 13 May 2019 and 17 May 2019, Ofsted and the Care Quality Commission (CQC) conducted a
				joint inspection of the local area of Exampleshire.
				""";
		DocumentClassifier classifier = new DocumentClassifier();
		DocumentFacts facts = new OfstedDocumentExtractor().extract(letter, classifier.classify("x.pdf", letter));

		assertThat(classifier.classify("x.pdf", letter).kind()).isEqualTo(DocumentKind.AREA_SEND_REPORT);
		assertThat(facts.title()).isEqualTo("Joint local area SEND inspection in Exampleshire");
		assertThat(facts.documentDate().date()).isEqualTo(LocalDate.of(2019, 7, 1));
		assertThat(facts.events().get(0).kind()).isEqualTo(EventKind.AREA_SEND);
		assertThat(facts.events().get(0).startDate().date()).isEqualTo(LocalDate.of(2019, 5, 13));
		assertThat(facts.events().get(0).endDate().date()).isEqualTo(LocalDate.of(2019, 5, 17));
	}

	@Test
	void theInspectionTeamOfBothInspectoratesOfstedsLeadFirst() {
		String team = """
				Inspection team

				Ofsted Care Quality Commission
				Pat Example HMI, Ofsted lead inspector Sam Sample, CQC lead inspector
				Dr Alex Other, Ofsted Inspector Jo Person-Smith, CQC Inspector
				Chris Third, HMI, Ofsted

				If you are not happy with the inspection or the report, you can complain to Ofsted.
				""";
		assertThat(AreaSendReport.inspectors(team)).extracting(i -> i.name() + (i.lead() ? " (lead)" : ""))
			.containsExactly("Pat Example (lead)", "Sam Sample", "Alex Other", "Jo Person-Smith", "Chris Third");
	}

	private static AreaSendOutcome outcomeOf(String sentence) {
		return AreaSendReport.outcome("Inspection outcome\n\n" + sentence + ".\n").orElseThrow().value();
	}
}
