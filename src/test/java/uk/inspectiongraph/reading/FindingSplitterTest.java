package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.domain.Grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The splitter on small self-written texts shaped like PDF text of each kind of document. */
class FindingSplitterTest {

	private static final List<ExtractedEvent> ONE_EVENT = List
		.of(new ExtractedEvent(EventKind.FOCUSED_VISIT, null, null, null, List.of(), List.of(), new Span(0, 0)));

	private final FindingSplitter splitter = new FindingSplitter();

	private List<ExtractedFinding> split(String text, DocumentKind kind) {
		return splitter.split(text, new Classification(kind, null), ONE_EVENT);
	}

	/** A wrapped letter with a page number and blank run inside a paragraph and a wrapped bullet list. */
	private static final String LETTER = """
			Ofsted\s
			Piccadilly Gate  T 0300 123 1231\s

			4 March 2024\s

			Ms Jane Doe\s
			Director of Children's Services\s

			Dear Ms Doe\s

			This letter summarises the findings of the focused visit to Exampleshire children's\s
			services on 6 and 7 February 2024.\s

			Headline findings\s
			\s
			Children in Exampleshire receive a prompt response when they first need help. Most\s
			assessments are thorough and lead to plans that make a difference for children.\s
			\s
			What needs to improve in this area of social work practice?\s
			\s
			◼ The timeliness of strategy meetings for children at risk of significant harm out of\s
			office hours.\s
			\s
			◼ The recording of management oversight.\s
			\s
			Areas for priority action\s
			\s
			◼ The allocation of children to a qualified social worker.\s
			\s
			Main findings\s
			\s
			Leaders know the service well. They have invested in a larger workforce and caseloads\s
			have reduced. Social workers say that they feel well supported by their managers and\s
			that decision-\s
			making is swift.\s
			\s
			Children at risk of exploitation are identified quickly and the multi-agency panel\s
			tracks their plans closely, although a small number of children wait too long for a\s

			2\s
			\s

			\s

			return home interview after they have been missing.\s
			\s
			Ofsted will take the findings from this focused visit into account when planning your\s
			next inspection or visit.\s

			Yours sincerely\s

			Sam Smith\s
			His Majesty's Inspector\s
			""";

	@Test
	void letterSectionsGiveOverviewItemsAndFindings() {
		List<ExtractedFinding> findings = split(LETTER, DocumentKind.FOCUSED_VISIT_LETTER);

		assertThat(findings).extracting(ExtractedFinding::order, ExtractedFinding::kind, ExtractedFinding::section)
			.containsExactly(tuple(1, FindingKind.OVERVIEW, "Headline findings"),
					tuple(2, FindingKind.AREA_FOR_IMPROVEMENT, "What needs to improve in this area of social work practice"),
					tuple(3, FindingKind.AREA_FOR_IMPROVEMENT, "What needs to improve in this area of social work practice"),
					tuple(4, FindingKind.PRIORITY_ACTION, "Areas for priority action"),
					tuple(5, FindingKind.FINDING, "Main findings"), tuple(6, FindingKind.FINDING, "Main findings"));
		assertThat(findings.get(1).text()).isEqualTo(
				"The timeliness of strategy meetings for children at risk of significant harm out of office hours.");
	}

	@Test
	void letterParagraphsAreRepairedAcrossLinesHyphensAndPageBreaks() {
		List<ExtractedFinding> findings = split(LETTER, DocumentKind.FOCUSED_VISIT_LETTER);

		assertThat(findings.get(4).text())
			.endsWith("feel well supported by their managers and that decision-making is swift.");
		ExtractedFinding pageSplit = findings.get(5);
		assertThat(pageSplit.text()).isEqualTo("Children at risk of exploitation are identified quickly and the "
				+ "multi-agency panel tracks their plans closely, although a small number of children wait too long "
				+ "for a return home interview after they have been missing.");
		assertThat(pageSplit.span().of(LETTER)).startsWith("Children at risk").endsWith("been missing.").contains("\n2");
		assertThat(findings).extracting(ExtractedFinding::text)
			.noneMatch(t -> t.contains("Yours sincerely") || t.contains("Ofsted will take") || t.contains("0300"));
	}

	/** An ILACS report: grade table, unheaded overview, footnoted improvement list, running footer. */
	private static final String ILACS_REPORT = """
			Inspection of Exampleshire local authority\s
			children's services\s
			Inspection dates: 8 to 19 January 2024\s
			Lead inspector: Sam Smith, His Majesty's Inspector\s
			Judgement Grade\s
			The impact of leaders on social work Good\s
			practice with children and families\s
			The experiences and progress of Requires improvement to be good\s
			children who need help and protection\s
			Overall effectiveness Good\s
			Children in Exampleshire are well supported by a stable and committed workforce,\s
			and leaders have an accurate understanding of the strengths of the service.\s
			What needs to improve?1\s
			◼ The quality of plans for children in need, including:\s
			̶ timescales for actions\s
			̶ contingency planning.\s
			◼ Supervision of personal advisers.\s
			The experiences and progress of children who need help and\s
			protection: requires improvement to be good\s
			1. Children and families receive timely help from a well-established early help\s
			service, and thresholds are understood by partner agencies.\s
			2. Strategy meetings are held promptly. Not all partners attend them, and their\s
			1 The areas for improvement are cross-referenced with the national framework.\s
			Inspection of Exampleshire local authority children's services 2\s
			8 to 19 January 2024\s
			\s
			contributions are not always recorded in children's records.\s
			The impact of leaders on social work practice with children and families: good\s
			3. Leaders have strengthened quality assurance since the last inspection.\s
			Inspection of Exampleshire local authority children's services 3\s
			8 to 19 January 2024\s
			Inspection of Exampleshire local authority children's services 4\s
			8 to 19 January 2024\s
			If you would like a copy of this document in a different format, such as large print\s
			© Crown copyright 2024\s
			""";

	@Test
	void ilacsReportGivesOverviewItemsAndJudgementSections() {
		List<ExtractedFinding> findings = split(ILACS_REPORT, DocumentKind.INSPECTION_REPORT);

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::text).containsExactly(
				tuple(FindingKind.OVERVIEW, "Children in Exampleshire are well supported by a stable and committed "
						+ "workforce, and leaders have an accurate understanding of the strengths of the service."),
				tuple(FindingKind.AREA_FOR_IMPROVEMENT,
						"The quality of plans for children in need, including: – timescales for actions – contingency planning."),
				tuple(FindingKind.AREA_FOR_IMPROVEMENT, "Supervision of personal advisers."),
				tuple(FindingKind.FINDING, "Children and families receive timely help from a well-established early "
						+ "help service, and thresholds are understood by partner agencies."),
				tuple(FindingKind.FINDING, "Strategy meetings are held promptly. Not all partners attend them, and "
						+ "their contributions are not always recorded in children's records."),
				tuple(FindingKind.FINDING, "Leaders have strengthened quality assurance since the last inspection."));
		assertThat(findings.get(1).section()).isEqualTo("What needs to improve");
		assertThat(findings.get(3).section()).isEqualTo(
				"The experiences and progress of children who need help and protection: requires improvement to be good");
		assertThat(findings.get(5).section())
			.isEqualTo("The impact of leaders on social work practice with children and families: good");
	}

	/** A single-inspection-framework report: contents, area information, recommendations, sections. */
	private static final String SIF_REPORT = """
			Contents\s
			Executive summary 3\s
			Recommendations 4\s
			Information about this local authority area2\s
			Children living in this area\s
			\uf0a7 Approximately 50,000 children and young people under the age of 18 years live\s
			in Exampleshire.\s
			Executive summary\s
			Services for children in Exampleshire have improved since the last inspection.\s
			Recommendations\s
			1. Ensure that all children have plans that are:\s
			\uf0a7 specific about what needs to change\s
			\uf0a7 reviewed within timescales.\s
			2. Improve the quality of supervision (paragraph 12).\s
			The experiences and progress of\s
			Requires improvement\s
			children who need help and protection\s
			Summary\s
			Most children receive a timely response to their needs.\s
			Inspection findings\s
			12. Supervision is regular but it is not reflective.\s
			""";

	@Test
	void sifReportGivesRecommendationsWithSubItemsAndSkipsAreaInformation() {
		List<ExtractedFinding> findings = split(SIF_REPORT, DocumentKind.INSPECTION_REPORT);

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::section, ExtractedFinding::text)
			.containsExactly(
					tuple(FindingKind.OVERVIEW, "Executive summary",
							"Services for children in Exampleshire have improved since the last inspection."),
					tuple(FindingKind.RECOMMENDATION, "Recommendations", "Ensure that all children have plans that are: "
							+ "– specific about what needs to change – reviewed within timescales."),
					tuple(FindingKind.RECOMMENDATION, "Recommendations",
							"Improve the quality of supervision (paragraph 12)."),
					tuple(FindingKind.FINDING, "The experiences and progress of children who need help and protection",
							"Most children receive a timely response to their needs."),
					tuple(FindingKind.FINDING, "The experiences and progress of children who need help and protection",
							"Supervision is regular but it is not reflective."));
	}

	@Test
	void listIntroductionsAreNoItemsAndRepeatedParagraphsAppearOnce() {
		String text = """
				Areas for priority action

				The local authority needs to act swiftly to address the following:

				• delays in allocating children to social workers
				• the oversight of strategy meetings.

				Findings

				Caseloads are high in the assessment teams.

				Caseloads are high in the assessment teams.
				""";
		List<ExtractedFinding> findings = split(text, DocumentKind.MONITORING_VISIT_LETTER);

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::text).containsExactly(
				tuple(FindingKind.PRIORITY_ACTION, "delays in allocating children to social workers"),
				tuple(FindingKind.PRIORITY_ACTION, "the oversight of strategy meetings."),
				tuple(FindingKind.FINDING, "Caseloads are high in the assessment teams."));
	}

	@Test
	void slidesGiveStrengthsWeaknessesAndFindingsUnderTheirHeadings() {
		String text = """
				Improvement Board
				Ofsted focused visit feedback: June 2023

				Our strengths
				• Leaders know their services well.
				• Early help is effective.
				Areas for development
				• Recording of supervision
				Workforce
				• Caseloads have reduced
				""";
		List<ExtractedFinding> findings = splitter.split(text,
				new Classification(DocumentKind.COUNCIL_PRESENTATION, null), List.of());

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::section, ExtractedFinding::eventIndex)
			.containsExactly(tuple(FindingKind.STRENGTH, "Our strengths", -1),
					tuple(FindingKind.STRENGTH, "Our strengths", -1),
					tuple(FindingKind.WEAKNESS, "Areas for development", -1),
					tuple(FindingKind.FINDING, "Workforce", -1));
	}

	@Test
	void earlySifActionListsAreItemsAndTheBoardsFindingsFollowItsRecommendations() {
		String text = """
				© Crown copyright 2015
				What does the local authority need to improve?
				Priority and immediate action
				Help and protection
				1. Ensure that strategy discussions are held for every child at risk of significant harm.
				Areas for improvement
				2. Improve the timeliness of initial health assessments.
				3. Ensure that care leavers know their entitlements.
				The Local Safeguarding Children Board
				Recommendations
				4. The board should evaluate the impact of its training.
				Inspection findings
				5. The board is independently chaired and meets regularly.
				""";
		List<ExtractedFinding> findings = split(text, DocumentKind.INSPECTION_REPORT);

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::section).containsExactly(
				tuple(FindingKind.PRIORITY_ACTION, "Priority and immediate action"),
				tuple(FindingKind.AREA_FOR_IMPROVEMENT, "Areas for improvement"),
				tuple(FindingKind.AREA_FOR_IMPROVEMENT, "Areas for improvement"),
				tuple(FindingKind.RECOMMENDATION, "Recommendations"),
				tuple(FindingKind.FINDING, "The Local Safeguarding Children Board"));
		assertThat(FindingItems.items(findings)).extracting(ExtractedFinding::text).containsExactly(
				"Ensure that strategy discussions are held for every child at risk of significant harm.",
				"Improve the timeliness of initial health assessments.", "Ensure that care leavers know their entitlements.");
	}

	@Test
	void councilReportListsAreReadFromPdfBullets() {
		String text = """
				Children and Young People Scrutiny Committee
				7 June 2019
				Ofsted inspection of children's services

				3. Findings
				3.1 Ofsted identified the following areas for improvement:
				• the quality of plans for children in need, which are not always
				specific enough
				• the consistency of supervision.
				3.2 The service has an action plan for each area.
				""";
		List<ExtractedFinding> findings = splitter.split(text, new Classification(DocumentKind.COUNCIL_REPORT, null),
				List.of());

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::section, ExtractedFinding::text)
			.containsExactly(
					tuple(FindingKind.AREA_FOR_IMPROVEMENT, "Findings",
							"the quality of plans for children in need, which are not always specific enough"),
					tuple(FindingKind.AREA_FOR_IMPROVEMENT, "Findings", "the consistency of supervision."));
	}

	@Test
	void monitoringVisitLetterGivesItsEvaluationOfProgress() {
		String text = """
				Dear Mr Jones

				Monitoring visit to Exampleshire children's services

				This letter summarises the findings of the monitoring visit on 3 and 4 May 2022.

				Areas covered by the visit

				Inspectors reviewed the progress made in the quality of assessments.

				Findings and evaluation of progress

				Assessments are now completed on time for most children.

				Ofsted will take the findings from this monitoring visit into account.
				""";
		List<ExtractedFinding> findings = split(text, DocumentKind.MONITORING_VISIT_LETTER);

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::text)
			.containsExactly(tuple(FindingKind.FINDING, "Assessments are now completed on time for most children."));
	}

	@Test
	void judgementHeadingsWithAVerbOrFullStopStillCloseTheImprovementList() {
		String text = """
				What needs to improve
				◼ Consistency in planning for care leavers.
				The experiences and progress of children who need help and
				protection are: outstanding.
				1. Children receive a timely response.
				The experiences and progress of children in care and
				care leavers: good
				2. Children live in stable homes.
				""";
		List<ExtractedFinding> findings = split(text, DocumentKind.INSPECTION_REPORT);

		assertThat(findings).extracting(ExtractedFinding::kind, ExtractedFinding::text).containsExactly(
				tuple(FindingKind.AREA_FOR_IMPROVEMENT, "Consistency in planning for care leavers."),
				tuple(FindingKind.FINDING, "Children receive a timely response."),
				tuple(FindingKind.FINDING, "Children live in stable homes."));
	}

	@Test
	void anUnknownJudgementHeadingAfterTheImprovementListIsTakenFromItsFirstNumberedParagraph() {
		String text = """
				What needs to improve?
				◼ The quality of supervision.
				How well children are helped and protected: good
				1. Children receive a timely response.
				2. Strategy meetings are held promptly.
				""";
		List<ExtractedFinding> findings = split(text, DocumentKind.INSPECTION_REPORT);

		assertThat(FindingItems.items(findings)).extracting(ExtractedFinding::text)
			.containsExactly("The quality of supervision.");
		assertThat(findings).filteredOn(f -> f.kind() == FindingKind.FINDING)
			.extracting(ExtractedFinding::section)
			.containsOnly("How well children are helped and protected: good")
			.hasSize(2);
	}

	@Test
	void otherDocumentsHaveNoFindings() {
		assertThat(splitter.split("A shopping list.\n\nMilk.", new Classification(DocumentKind.OTHER, null),
				List.of())).isEmpty();
	}
}
