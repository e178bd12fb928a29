package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.Grade;
import uk.inspectiongraph.domain.JudgementArea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class CouncilDocumentExtractorTest {

	private static final Classification REPORT = new Classification(DocumentKind.COUNCIL_REPORT, null);

	private static final Classification SLIDES = new Classification(DocumentKind.COUNCIL_PRESENTATION, null);

	private final CouncilDocumentExtractor extractor = new CouncilDocumentExtractor();

	@Test
	void cabinetReportGivesMeetingDateTheInspectionAndItsGrades() {
		String text = FindingSeedDocuments.read("2022-04-12-warwickshire-cabinet-inspection-outcome-report.txt");
		DocumentFacts facts = extractor.extract(text, REPORT);

		assertThat(facts.documentDate()).isEqualTo(DateValue.day(LocalDate.of(2022, 4, 12)));
		assertThat(facts.title()).startsWith("Inspection of Local Authority Children's Services");
		assertThat(facts.events()).hasSize(1);
		ExtractedEvent inspection = facts.events().get(0);
		assertThat(inspection.kind()).isEqualTo(EventKind.ILACS_STANDARD);
		assertThat(inspection.startDate()).isEqualTo(DateValue.month(YearMonth.of(2021, 11)));
		assertThat(inspection.span().of(text)).contains("November 2021");
		assertThat(inspection.judgements()).extracting(ExtractedJudgement::area, ExtractedJudgement::grade)
			.containsExactlyInAnyOrder(tuple(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD),
					tuple(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD),
					tuple(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD),
					tuple(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.GOOD));
	}

	@Test
	void cabinetReportNamesItsOfficersAndPortfolioHolder() {
		String text = FindingSeedDocuments.read("2022-04-12-warwickshire-cabinet-inspection-outcome-report.txt");
		List<ExtractedPerson> people = extractor.extract(text, REPORT).people();

		assertThat(people).extracting(ExtractedPerson::name, ExtractedPerson::role, ExtractedPerson::relation)
			.containsExactly(tuple("Daniel Atkins", "Report Author", Relation.AUTHOR),
					tuple("Anita Lekhi", "Report Author", Relation.AUTHOR),
					tuple("John Coleman", "Assistant Director – Children and Families", Relation.NAMED),
					tuple("Nigel Minns", "Strategic Director for People", Relation.NAMED),
					tuple("Jeff Morgan", "Portfolio Holder for Children, Families & Education", Relation.NAMED));
		assertThat(people).allSatisfy(p -> {
			assertThat(p.organisation()).isEqualTo("Warwickshire County Council");
			assertThat(p.span().of(text)).isEqualTo(p.name());
		});
	}

	@Test
	void scrutinySlidesGiveTheInspectionAndThreeMonitoringVisitsInDateOrder() {
		String text = FindingSeedDocuments.read("2018-03-22-worcestershire-scrutiny-panel-monitoring-visit-feedback.txt");
		DocumentFacts facts = extractor.extract(text, SLIDES);

		assertThat(facts.documentDate()).isEqualTo(DateValue.day(LocalDate.of(2018, 3, 22)));
		assertThat(facts.title()).isEqualTo("Ofsted Monitoring Visit Feedback: January 2018");
		assertThat(facts.events()).extracting(ExtractedEvent::kind, e -> e.startDate().toString(),
				e -> String.valueOf(e.endDate()))
			.containsExactly(tuple(EventKind.SIF_INSPECTION, "2016-10", "2016-11"),
					tuple(EventKind.MONITORING_VISIT, "2017-05", "null"),
					tuple(EventKind.MONITORING_VISIT, "2017-09", "null"),
					tuple(EventKind.MONITORING_VISIT, "2018-01", "null"));
		assertThat(facts.people()).isEmpty();
	}

	@Test
	void publicationDatesAndFutureInspectionsAreNoEvents() {
		String text = """
				Corporate Parenting Board
				3 March 2020
				Outcome of the Ofsted focused visit

				1. Ofsted published its letter on 2 February 2020 after a focused visit in December 2019.
				2. The next inspection will take place in June 2021.

				Contact Officer: Sam Patel, Head of Safeguarding
				Lead Member: Cllr Joan Reid
				""";
		DocumentFacts facts = extractor.extract(text, REPORT);

		assertThat(facts.documentDate()).hasToString("2020-03-03");
		assertThat(facts.events()).extracting(ExtractedEvent::kind, e -> e.startDate().toString())
			.containsExactly(tuple(EventKind.FOCUSED_VISIT, "2019-12"));
		assertThat(facts.people()).extracting(ExtractedPerson::name, ExtractedPerson::relation)
			.containsExactly(tuple("Sam Patel", Relation.AUTHOR), tuple("Joan Reid", Relation.NAMED));
	}
}
