package uk.inspectiongraph.reading.findings;

import java.util.List;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.FindingKind;

import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractedFinding;

/**
 * Chooses how to read a document's findings from its kind: Ofsted letters and reports by their
 * section headings, council reports by the areas for improvement they list, council slides by
 * their slide headings; then ties each finding to the event it is about.
 */
public final class FindingSections {

	private static final Pattern STRENGTHS = Pattern.compile("(?i)^(?:key\\s+)?strengths$");

	private FindingSections() {
	}

	/** The findings of {@code text}, a document of {@code kind} speaking of {@code events}. */
	public static List<ExtractedFinding> split(String text, DocumentKind kind, List<ExtractedEvent> events) {
		List<SourceLine> lines = LineReader.read(text);
		List<Draft> drafts = switch (kind) {
			case COUNCIL_REPORT -> CouncilFindings.reportAreas(lines);
			case COUNCIL_PRESENTATION -> CouncilFindings.slides(lines);
			case OTHER -> List.of();
			case JTAI_LETTER -> jointStrengths(new OfstedFindings(lines).split());
			default -> new OfstedFindings(lines).split();
		};
		EventMatcher matcher = new EventMatcher(text, kind, events);
		return FindingAssembler.assemble(drafts, matcher::eventOf);
	}

	/**
	 * A joint letter lists what the partnership does well under "Strengths" or "Key strengths", beside
	 * its areas for improvement: those findings are strengths, not general findings.
	 */
	private static List<Draft> jointStrengths(List<Draft> drafts) {
		return drafts.stream()
			.map(d -> d.kind() == FindingKind.FINDING && STRENGTHS.matcher(d.section()).find()
					? new Draft(FindingKind.STRENGTH, d.section(), d.block()) : d)
			.toList();
	}
}
