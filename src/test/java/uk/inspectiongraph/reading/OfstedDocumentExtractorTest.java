package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Framework;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.Relation;
import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.Grade;
import uk.inspectiongraph.domain.JudgementArea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class OfstedDocumentExtractorTest {

	private final OfstedDocumentExtractor extractor = new OfstedDocumentExtractor();

	private static final String LETTER = """
			Ofsted
			Piccadilly Gate  T 0300 123 1231
			Manchester enquiries@ofsted.gov.uk

			4 March 2019

			Ms Pat Example
			Corporate Director of Children,
			Families and Learning
			Exampleshire County Council
			County Hall
			EX1 1AA

			Dear Ms Example

			Focused visit to Exampleshire children's services

			This letter summarises the findings of a focused visit to Exampleshire children's services on 5 and
			6 February 2019. The inspectors were Robin Sample, Her Majesty's Inspector, and Alex
			Placeholder, Her Majesty's Inspector. Casey Trainee, HMI designate, shadowed the visit.

			Inspectors looked at the local authority's arrangements for children in need and children subject
			to a child protection plan.

			Yours sincerely

			Robin Sample
			Her Majesty's Inspector
			""";

	@Test
	void letterGivesDatesInspectorsAndRecipient() {
		DocumentFacts facts = extractor.extract(LETTER, new Classification(DocumentKind.FOCUSED_VISIT_LETTER, null));
		assertThat(facts.title()).isEqualTo("Focused visit to Exampleshire children's services");
		assertThat(facts.documentDate()).hasToString("2019-03-04");
		ExtractedEvent visit = facts.events().get(0);
		assertThat(visit.kind()).isEqualTo(EventKind.FOCUSED_VISIT);
		assertThat(visit.startDate()).hasToString("2019-02-05");
		assertThat(visit.endDate()).hasToString("2019-02-06");
		assertThat(visit.focus()).startsWith("arrangements for children in need");
		assertThat(visit.inspectors()).extracting(ExtractedInspector::name, ExtractedInspector::lead)
			.containsExactly(tuple("Robin Sample", true), tuple("Alex Placeholder", false));
		ExtractedPerson recipient = facts.people().get(0);
		assertThat(recipient.relation()).isEqualTo(Relation.RECIPIENT);
		assertThat(recipient.name()).isEqualTo("Pat Example");
		assertThat(recipient.role()).isEqualTo("Corporate Director of Children, Families and Learning");
		assertThat(recipient.organisation()).isEqualTo("Exampleshire County Council");
		assertThat(recipient.span().of(LETTER)).isEqualTo("Pat Example");
		assertThat(visit.span().of(LETTER)).isEqualTo("5 and\n6 February 2019");
	}

	@Test
	void theSignatoryLeadsEvenWhenNamedSecond() {
		String text = LETTER.replace("Yours sincerely\n\nRobin Sample", "Yours sincerely\n\nAlex Placeholder");
		DocumentFacts facts = extractor.extract(text, new Classification(DocumentKind.FOCUSED_VISIT_LETTER, null));
		assertThat(facts.events().get(0).inspectors()).filteredOn(ExtractedInspector::lead)
			.extracting(ExtractedInspector::name).containsExactly("Alex Placeholder");
	}

	@Test
	void ilacsReportGivesDatesLeadAndTheJudgementTable() {
		String report = """
				Inspection of Exampleshire local authority
				children's services
				Inspection dates: 19 to 30 June 2023
				Lead inspector: Robin Sample, His Majesty's Inspector
				Judgement Grade
				The impact of leaders on social work
				practice with children and families
				Good
				The experiences and progress of
				children who need help and protection
				Requires improvement to be good
				The experiences and progress of
				children in care
				Outstanding
				The experiences and progress of care
				leavers
				Inadequate
				Overall effectiveness Good
				Children in Exampleshire receive services that are good. Children in care and care leavers are
				well supported.
				""";
		DocumentFacts facts = extractor.extract(report, new Classification(DocumentKind.INSPECTION_REPORT,
				Framework.ILACS_STANDARD));
		assertThat(facts.title()).isEqualTo("Inspection of Exampleshire local authority children's services");
		assertThat(facts.documentDate()).hasToString("2023-06-30");
		ExtractedEvent event = facts.events().get(0);
		assertThat(event.kind()).isEqualTo(EventKind.ILACS_STANDARD);
		assertThat(event.startDate()).hasToString("2023-06-19");
		assertThat(event.inspectors()).extracting(ExtractedInspector::name, ExtractedInspector::lead)
			.containsExactly(tuple("Robin Sample", true));
		assertThat(event.judgements()).extracting(ExtractedJudgement::area, ExtractedJudgement::grade)
			.containsExactly(tuple(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD),
					tuple(JudgementArea.HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT),
					tuple(JudgementArea.CHILDREN_IN_CARE, Grade.OUTSTANDING),
					tuple(JudgementArea.CARE_LEAVERS, Grade.INADEQUATE),
					tuple(JudgementArea.OVERALL_EFFECTIVENESS, Grade.GOOD));
	}

	@Test
	void sifReportGivesItsAreasWithTheirWordingAndTheTeam() {
		String report = """
				Exampleshire County Council
				Inspection of services for children in need of help and
				protection, children looked after and care leavers
				Inspection dates: 2 June 2014 – 25 June 2014
				Report published: 8 August 2014
				Children's services in Exampleshire require improvement to be good
				1. Children who need help and protection Good
				2. Children looked after and achieving
				permanence
				Requires improvement
				2.1 Adoption performance Outstanding
				2.2 Experiences and progress of care leavers Inadequate
				3. Leadership, management and governance Good
				The effectiveness of the Local Safeguarding Children Board (LSCB) is good

				The inspection team
				Lead inspector: Robin Sample
				Team inspectors: Alex Placeholder, Sam Specimen (additional inspector)
				Shadow inspectors: Casey Trainee
				Senior data analyst: Dana Numbers
				""";
		DocumentFacts facts = extractor.extract(report, new Classification(DocumentKind.INSPECTION_REPORT,
				Framework.SIF));
		assertThat(facts.documentDate()).hasToString("2014-08-08");
		ExtractedEvent event = facts.events().get(0);
		assertThat(event.judgements()).extracting(ExtractedJudgement::area, ExtractedJudgement::grade)
			.containsExactlyInAnyOrder(tuple(JudgementArea.OVERALL_EFFECTIVENESS, Grade.REQUIRES_IMPROVEMENT),
					tuple(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD),
					tuple(JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS, Grade.REQUIRES_IMPROVEMENT),
					tuple(JudgementArea.ADOPTION, Grade.OUTSTANDING), tuple(JudgementArea.CARE_LEAVERS, Grade.INADEQUATE),
					tuple(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD), tuple(JudgementArea.LSCB, Grade.GOOD));
		assertThat(event.judgements()).filteredOn(j -> j.area() == JudgementArea.CHILDREN_IN_CARE_AND_CARE_LEAVERS)
			.extracting(ExtractedJudgement::wording).containsExactly("Children looked after and achieving permanence");
		assertThat(event.inspectors()).extracting(ExtractedInspector::name)
			.containsExactly("Robin Sample", "Alex Placeholder", "Sam Specimen");
	}

	@Test
	void councilKindsGiveNoOfstedFacts() {
		DocumentFacts facts = extractor.extract("Cabinet", new Classification(DocumentKind.COUNCIL_REPORT, null));
		assertThat(facts.events()).isEmpty();
	}
}
