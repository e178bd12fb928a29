package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Framework;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.EventKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.inspectiongraph.reading.jtai.JtaiLetter;
import uk.inspectiongraph.reading.ofsted.AreaSendReport;
import uk.inspectiongraph.reading.ofsted.InspectorReader;
import uk.inspectiongraph.reading.ofsted.JudgementReader;
import uk.inspectiongraph.reading.ofsted.LetterHeader;
import uk.inspectiongraph.reading.ofsted.RecipientReader;
import uk.inspectiongraph.reading.ofsted.ReportTitle;
import uk.inspectiongraph.reading.ofsted.VisitDates;
import uk.inspectiongraph.reading.ofsted.VisitFocus;

/**
 * Reads the facts of an Ofsted document (inspection report, focused, monitoring or JTAI letter,
 * area SEND report):
 * title, date, the event with its dates, focus, inspectors and judgements, and a letter's
 * recipient. The document date of a letter is the date it is written on; of a report, the
 * publication date it states ("Report published: ..."), else the last day of the inspection (ILACS
 * reports do not print their publication date). Works on PDF text and on damaged plain text
 * (markdown stars, bullets, blank runs): every pattern tolerates them and every span points into
 * the text as given.
 */
public final class OfstedDocumentExtractor {

	private static final Pattern LETTER_OPENING = Pattern.compile("summaris\\w*\\s+the\\s+findings",
			Pattern.CASE_INSENSITIVE);

	public DocumentFacts extract(String text, Classification classification) {
		return switch (classification.kind()) {
			case INSPECTION_REPORT -> report(text, classification.framework());
			case FOCUSED_VISIT_LETTER -> letter(text, EventKind.FOCUSED_VISIT);
			case MONITORING_VISIT_LETTER -> letter(text, EventKind.MONITORING_VISIT);
			case JTAI_LETTER -> JtaiLetter.read(text);
			case AREA_SEND_REPORT -> areaSend(text);
			default -> new DocumentFacts(null, null, List.of(), List.of());
		};
	}

	private static DocumentFacts report(String text, Framework framework) {
		Optional<DateRange> dates = VisitDates.ofReport(text);
		DateRange published = ReportTitle.published(text);
		DateValue documentDate = published != null ? published.start() : dates.map(DateRange::end).orElse(null);
		List<ExtractedEvent> events = new ArrayList<>();
		EventKind kind = eventKind(framework);
		if (kind != null) {
			List<ExtractedJudgement> judgements = JudgementReader.read(text, framework == Framework.SIF);
			Span span = dates.map(DateRange::span).orElse(new Span(0, 0));
			events.add(new ExtractedEvent(kind, dates.map(DateRange::start).orElse(null),
					dates.map(DateRange::end).orElse(null), null, InspectorReader.ofReport(text), judgements, span));
		}
		return new DocumentFacts(ReportTitle.ofReport(text), documentDate, events, List.of());
	}

	/**
	 * An area SEND report: no publication date is printed, so its date is the inspection's last day;
	 * a letter of the framework before 2023 is dated like any letter and dates the inspection in its
	 * opening sentence.
	 */
	private static DocumentFacts areaSend(String text) {
		boolean letter = LetterHeader.salutation(text) >= 0;
		DateValue letterDate = letter ? LetterHeader.date(text).map(DateRange::start).orElse(null) : null;
		Optional<DateRange> dates = letter ? AreaSendReport.letterDates(text) : VisitDates.ofReport(text);
		ExtractedEvent event = new ExtractedEvent(EventKind.AREA_SEND, dates.map(DateRange::start).orElse(null),
				dates.map(DateRange::end).orElse(null), null, AreaSendReport.inspectors(text), List.of(),
				dates.map(DateRange::span).orElse(new Span(0, 0)), AreaSendReport.previousInspection(text).orElse(null),
				null, AreaSendReport.facts(text));
		DateValue documentDate = letter ? letterDate : dates.map(DateRange::end).orElse(null);
		String title = letter ? ReportTitle.ofLetter(text) : AreaSendReport.title(text);
		return new DocumentFacts(title, documentDate, List.of(event), letter ? RecipientReader.readAll(text) : List.of());
	}

	private static DocumentFacts letter(String text, EventKind kind) {
		DateValue letterDate = LetterHeader.date(text).map(DateRange::start).orElse(null);
		Optional<DateRange> dates = VisitDates.ofLetter(text, letterDate);
		int opening = openingOf(text);
		Span span = dates.map(DateRange::span).orElse(new Span(Math.max(0, opening), Math.max(0, opening)));
		ExtractedEvent event = new ExtractedEvent(kind, dates.map(DateRange::start).orElse(null),
				dates.map(DateRange::end).orElse(null), VisitFocus.read(text, opening).orElse(null),
				InspectorReader.ofLetter(text, opening), List.of(), span);
		List<ExtractedPerson> people = RecipientReader.readAll(text);
		return new DocumentFacts(ReportTitle.ofLetter(text), letterDate, List.of(event), people);
	}

	private static int openingOf(String text) {
		Matcher m = LETTER_OPENING.matcher(text);
		if (m.find()) {
			return m.start();
		}
		return Math.max(0, LetterHeader.salutation(text));
	}

	private static EventKind eventKind(Framework framework) {
		if (framework == null) {
			return null;
		}
		return switch (framework) {
			case SIF -> EventKind.SIF_INSPECTION;
			case ILACS_STANDARD -> EventKind.ILACS_STANDARD;
			case ILACS_SHORT -> EventKind.ILACS_SHORT;
		};
	}
}
