package uk.inspectiongraph.reading;

import java.util.ArrayList;
import java.util.List;

import uk.inspectiongraph.reading.council.CouncilDates;
import uk.inspectiongraph.reading.council.CouncilEventReader;
import uk.inspectiongraph.reading.council.CouncilHeader;
import uk.inspectiongraph.reading.council.CouncilJudgementReader;
import uk.inspectiongraph.reading.council.CouncilPeopleReader;

/**
 * Reads the facts of a council document about inspections (cabinet report, scrutiny slides):
 * title and meeting date, the events it speaks of (in date order; an inspection's grades when
 * the paper restates them), and the officers and councillors of its contact table.
 */
public final class CouncilDocumentExtractor {

	private final CouncilEventReader events = new CouncilEventReader();

	private final CouncilJudgementReader judgements = new CouncilJudgementReader();

	public DocumentFacts extract(String text, Classification classification) {
		CouncilDates.Found date = CouncilHeader.date(text);
		String council = CouncilHeader.council(text);
		List<ExtractedPerson> people = new CouncilPeopleReader(council).read(text);
		return new DocumentFacts(CouncilHeader.title(text), date == null ? null : date.start(), withGrades(text),
				people);
	}

	private List<ExtractedEvent> withGrades(String text) {
		List<ExtractedEvent> found = events.read(text);
		List<ExtractedEvent> graded = new ArrayList<>();
		boolean gradesGiven = false;
		for (int i = found.size() - 1; i >= 0; i--) {
			ExtractedEvent event = found.get(i);
			if (event.kind().graded() && !gradesGiven) {
				List<ExtractedJudgement> read = judgements.read(text, event.startDate().year());
				gradesGiven = !read.isEmpty();
				event = new ExtractedEvent(event.kind(), event.startDate(), event.endDate(), event.focus(),
						event.inspectors(), read, event.span());
			}
			graded.add(0, event);
		}
		return graded;
	}
}
