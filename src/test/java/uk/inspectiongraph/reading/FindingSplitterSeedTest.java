package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The splitter on the five seed documents the project ships. */
class FindingSplitterSeedTest {

	private static final Classification LETTER = new Classification(DocumentKind.FOCUSED_VISIT_LETTER, null);

	private final FindingSplitter splitter = new FindingSplitter();

	private final CouncilDocumentExtractor council = new CouncilDocumentExtractor();

	private static final List<ExtractedEvent> ONE_EVENT = List
		.of(new ExtractedEvent(EventKind.FOCUSED_VISIT, null, null, null, List.of(), List.of(), new Span(0, 0)));

	@Test
	void warwickshireLetterHasSixAreasForImprovementAndItsPageSplitFindingIsOnePiece() {
		String text = FindingSeedDocuments.read("2018-08-09-warwickshire-focused-visit-letter.txt");
		List<ExtractedFinding> findings = splitter.split(text, LETTER, ONE_EVENT);

		assertThat(FindingItems.items(findings)).hasSize(6)
			.allSatisfy(f -> assertThat(f.section()).isEqualTo("What needs to improve in this area of social work practice"));
		assertThat(FindingItems.items(findings).get(0).text()).startsWith("Ensure children are allocated");
		ExtractedFinding last = findings.get(findings.size() - 1);
		assertThat(last.kind()).isEqualTo(FindingKind.FINDING);
		assertThat(last.text()).contains("'if there is a plan, is it the right plan?' This weakness is compounded")
			.startsWith("The local authority has an established quality assurance process")
			.endsWith("not yet driving improvements as it needs to.");
		assertThat(last.span().of(text)).startsWith("The local authority has an established")
			.endsWith("as it needs to.")
			.contains("is it the\n\n\n\nright plan?'");
		assertThat(findings).filteredOn(f -> f.kind() == FindingKind.OVERVIEW).hasSize(2);
	}

	@Test
	void lettersKeepNoSignOffLetterheadOrBoilerplate() {
		for (String name : List.of("2018-08-09-warwickshire-focused-visit-letter.txt",
				"2022-01-31-warrington-focused-visit-letter.txt", "2018-07-19-staffordshire-focused-visit-letter.txt")) {
			String text = FindingSeedDocuments.read(name);
			List<ExtractedFinding> findings = splitter.split(text, LETTER, ONE_EVENT);
			assertThat(findings).as(name).isNotEmpty().allSatisfy(f -> {
				assertThat(f.text()).doesNotContain("Yours sincerely", "Ofsted will take", "Piccadilly", "**", "www.",
						"This letter summarises", "Her Majesty's Inspector");
				assertThat(f.eventIndex()).isZero();
				assertThat(text.substring(f.span().start())).startsWith(f.text().substring(0, 20));
			});
			assertThat(findings).extracting(ExtractedFinding::order)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, findings.size()).boxed().toList());
			assertThat(findings).extracting(ExtractedFinding::text).doesNotHaveDuplicates();
		}
	}

	@Test
	void warringtonSectionsLoseTheirMarkdown() {
		String text = FindingSeedDocuments.read("2022-01-31-warrington-focused-visit-letter.txt");
		List<ExtractedFinding> findings = splitter.split(text, LETTER, ONE_EVENT);

		assertThat(findings.get(0).kind()).isEqualTo(FindingKind.OVERVIEW);
		assertThat(findings.get(0).section()).isEqualTo("Headline findings");
		assertThat(FindingItems.items(findings)).extracting(ExtractedFinding::text)
			.containsExactly(
					"Capturing the voice of the child in case records, so that their wishes and feelings are clearly "
							+ "expressed and inform future planning.",
					"The recording of decision-making at child protection conferences, so that the rationale for next "
							+ "steps is clear.");
		assertThat(findings).filteredOn(f -> f.kind() == FindingKind.FINDING).hasSize(18);
		assertThat(findings.get(findings.size() - 1).text())
			.contains("specialist health posts linked to recognising neurodevelopmental needs");
	}

	@Test
	void staffordshireHasFiveAreasForImprovement() {
		String text = FindingSeedDocuments.read("2018-07-19-staffordshire-focused-visit-letter.txt");
		assertThat(FindingItems.items(splitter.split(text, LETTER, ONE_EVENT))).hasSize(5);
	}

	@Test
	void cabinetReportGivesTheFourAreasForImprovementOfTheInspection() {
		String text = FindingSeedDocuments.read("2022-04-12-warwickshire-cabinet-inspection-outcome-report.txt");
		Classification report = new Classification(DocumentKind.COUNCIL_REPORT, null);
		List<ExtractedFinding> findings = splitter.split(text, report, council.extract(text, report).events());

		assertThat(findings).extracting(ExtractedFinding::kind).containsOnly(FindingKind.AREA_FOR_IMPROVEMENT);
		assertThat(findings).extracting(ExtractedFinding::text).containsExactly(
				"the application of thresholds to escalate statutory involvement to a strategy discussion at the "
						+ "'front door' when the criteria are met",
				"ensuring that plans routinely include timescales for action",
				"oversight and decisions for children in placements with connected carers that have not been approved",
				"achieving a consistently high quality of practice for disabled children");
		assertThat(findings).allSatisfy(f -> {
			assertThat(f.eventIndex()).isZero();
			assertThat(f.span().of(text)).isEqualTo(f.text());
		});
	}

	@Test
	void scrutinySlidesGiveWeaknessesAndFindingsOfTheJanuary2018Visit() {
		String text = FindingSeedDocuments.read("2018-03-22-worcestershire-scrutiny-panel-monitoring-visit-feedback.txt");
		Classification slides = new Classification(DocumentKind.COUNCIL_PRESENTATION, null);
		List<ExtractedEvent> events = council.extract(text, slides).events();
		List<ExtractedFinding> findings = splitter.split(text, slides, events);

		assertThat(findings).filteredOn(f -> f.kind() == FindingKind.WEAKNESS)
			.extracting(ExtractedFinding::text)
			.containsExactly(
					"The quality and consistency of management oversight and decision-making remain areas of improvement",
					"The local authority has not yet achieved its ambition to reduce caseloads for all social workers.",
					"Team managers are not yet sufficiently proactive in making the right decisions for children in "
							+ "accordance with their levels of need");
		assertThat(findings).filteredOn(f -> f.section().equals("From A to D"))
			.extracting(ExtractedFinding::eventIndex)
			.containsExactly(0, 1, 2, 3);
		assertThat(findings).filteredOn(f -> !f.section().equals("From A to D"))
			.allSatisfy(f -> assertThat(f.eventIndex()).isEqualTo(3));
		assertThat(findings).filteredOn(f -> f.section().equals("Supervision")).hasSize(3);
		assertThat(findings).extracting(ExtractedFinding::text)
			.noneMatch(t -> t.contains("**") || t.contains("*") || t.isBlank())
			.contains("Inspectors were impressed that a comprehensive system for managing work that is subject to "
					+ "the public law outline has been developed. This helps managers to track this important work, "
					+ "ensuring that timescales for court are adhered to, reducing drift and delay in case progression.");
	}
}
