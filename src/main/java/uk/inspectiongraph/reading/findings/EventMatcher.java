package uk.inspectiongraph.reading.findings;

import java.time.YearMonth;
import java.util.List;

import uk.inspectiongraph.domain.DocumentKind;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.council.CouncilDates;

/**
 * Says which event a finding is about. An Ofsted document speaks of one event, its first. A
 * council paper may speak of several: a finding that dates itself ("First monitoring visit May
 * 2017: ...") is about the event of that month; any other is about the paper's subject, the event
 * whose month its first lines name ("Ofsted Monitoring Visit Feedback: January 2018"), else its
 * latest graded inspection, else its latest event.
 */
final class EventMatcher {

	private static final int HEAD = 600;

	private final List<ExtractedEvent> events;

	private final boolean council;

	private final int subject;

	EventMatcher(String text, DocumentKind kind, List<ExtractedEvent> events) {
		this.events = events;
		this.council = kind == DocumentKind.COUNCIL_REPORT || kind == DocumentKind.COUNCIL_PRESENTATION;
		this.subject = events.isEmpty() ? -1 : council ? subjectOf(text) : 0;
	}

	int eventOf(String findingText) {
		if (!council || events.size() < 2) {
			return subject;
		}
		int dated = eventDatedIn(findingText, 0, findingText.length());
		return dated >= 0 ? dated : subject;
	}

	private int subjectOf(String text) {
		int named = eventDatedIn(text, 0, Math.min(HEAD, text.length()));
		if (named >= 0) {
			return named;
		}
		for (int i = events.size() - 1; i >= 0; i--) {
			if (events.get(i).kind().graded()) {
				return i;
			}
		}
		return events.size() - 1;
	}

	private int eventDatedIn(String text, int from, int to) {
		for (CouncilDates.Found date : CouncilDates.findAll(text, from, to)) {
			YearMonth month = YearMonth.from(date.start().date());
			for (int i = 0; i < events.size(); i++) {
				if (YearMonth.from(events.get(i).startDate().date()).equals(month)) {
					return i;
				}
			}
		}
		return -1;
	}
}
