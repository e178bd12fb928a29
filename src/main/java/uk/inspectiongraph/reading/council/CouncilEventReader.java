package uk.inspectiongraph.reading.council;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.domain.Span;

/**
 * Reads the inspection events a council paper speaks of: each mention of an inspection or a visit
 * with a date close to it ("First monitoring visit May 2017", "inspection report November 2021",
 * "Full Safeguarding Inspection Oct/Nov 16"). Dates of publication and of future inspections are
 * not events; the same event mentioned twice is kept once. Events come out in date order.
 */
public final class CouncilEventReader {

	private static final Pattern EVENT_WORD = Pattern.compile(
			"(?i)\\b(joint targeted area inspection|JTAI|focused visit|monitoring visit|inspection)s?\\b");

	private static final Pattern NOT_PAST = Pattern.compile("(?i)\\b(next|will|due|expected|future|upcoming)\\b");

	private static final Pattern PUBLISHED = Pattern.compile("(?i)(published|publication|shared with|issued)\\W+"
			+ "(?:\\w+\\W+){0,2}$");

	private static final Pattern BETWEEN_PUBLISHED = Pattern.compile("(?i)publish|publication");

	private static final int NEAR = 50;

	/** The events of {@code text}, judgements left empty (see {@link CouncilJudgementReader}). */
	public List<ExtractedEvent> read(String text) {
		List<ExtractedEvent> events = new ArrayList<>();
		Matcher m = EVENT_WORD.matcher(text);
		while (m.find()) {
			int sentenceStart = sentenceStart(text, m.start());
			int sentenceEnd = sentenceEnd(text, m.end());
			if (NOT_PAST.matcher(text.substring(sentenceStart, m.start())).find()) {
				continue;
			}
			CouncilDates.Found date = dateNear(text, m, sentenceStart, sentenceEnd);
			if (date != null) {
				EventKind kind = kindOf(m.group(1), date, text.substring(sentenceStart, sentenceEnd));
				Span span = new Span(Math.min(m.start(), date.from()), Math.max(m.end(), date.to()));
				addIfNew(events, new ExtractedEvent(kind, date.start(), date.end(), null, List.of(), List.of(), span));
			}
		}
		events.sort(Comparator.comparing(e -> e.startDate().date()));
		return events;
	}

	private static CouncilDates.Found dateNear(String text, Matcher m, int sentenceStart, int sentenceEnd) {
		int from = Math.max(sentenceStart, m.start() - NEAR);
		int to = Math.min(sentenceEnd, m.end() + NEAR);
		CouncilDates.Found best = null;
		for (CouncilDates.Found date : CouncilDates.findAll(text, from, to)) {
			if (aboutPublication(text, from, date, m)) {
				continue;
			}
			if (best == null || distance(date, m) < distance(best, m)) {
				best = date;
			}
		}
		return best;
	}

	private static boolean aboutPublication(String text, int from, CouncilDates.Found date, Matcher m) {
		String between = date.from() >= m.end() ? text.substring(m.end(), date.from())
				: text.substring(date.to(), m.start());
		return PUBLISHED.matcher(text.substring(from, date.from())).find()
				|| BETWEEN_PUBLISHED.matcher(between).find();
	}

	private static int distance(CouncilDates.Found date, Matcher m) {
		return date.from() >= m.end() ? date.from() - m.end() : m.start() - date.to();
	}

	private static EventKind kindOf(String word, CouncilDates.Found date, String sentence) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.equals("jtai") || lower.startsWith("joint")) {
			return EventKind.JTAI;
		}
		if (lower.startsWith("focused")) {
			return EventKind.FOCUSED_VISIT;
		}
		if (lower.startsWith("monitoring")) {
			return EventKind.MONITORING_VISIT;
		}
		if (date.start().year() < 2018) {
			return EventKind.SIF_INSPECTION;
		}
		return sentence.toLowerCase(Locale.ROOT).contains("short") ? EventKind.ILACS_SHORT : EventKind.ILACS_STANDARD;
	}

	private static void addIfNew(List<ExtractedEvent> events, ExtractedEvent event) {
		for (ExtractedEvent known : events) {
			if (known.kind() == event.kind() && known.startDate().equals(event.startDate())) {
				return;
			}
		}
		events.add(event);
	}

	static int sentenceStart(String text, int at) {
		int i = at;
		while (i > 0 && !isSentenceBreak(text, i - 1)) {
			i--;
		}
		return i;
	}

	static int sentenceEnd(String text, int at) {
		int i = at;
		while (i < text.length() && !isSentenceBreak(text, i)) {
			i++;
		}
		return i;
	}

	private static boolean isSentenceBreak(String text, int i) {
		char c = text.charAt(i);
		if (c == '\n') {
			return true;
		}
		return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
	}
}
