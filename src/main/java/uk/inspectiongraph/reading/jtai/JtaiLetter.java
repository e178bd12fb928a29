package uk.inspectiongraph.reading.jtai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.inspectiongraph.domain.EventKind;
import uk.inspectiongraph.domain.Inspectorate;
import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.reading.DateRange;
import uk.inspectiongraph.reading.DateValue;
import uk.inspectiongraph.reading.DocumentFacts;
import uk.inspectiongraph.reading.ExtractedEvent;
import uk.inspectiongraph.reading.ExtractedPerson;
import uk.inspectiongraph.reading.JointFacts;
import uk.inspectiongraph.reading.ofsted.LetterHeader;
import uk.inspectiongraph.reading.ofsted.ReportTitle;
import uk.inspectiongraph.reading.ofsted.VisitDates;

/**
 * Reads a joint targeted area inspection letter: its date, the inspection (kind JTAI) with its
 * dates, deep dive and inspectorates, the leaders it is addressed to and the inspectorates' leaders
 * who signed it. The letters changed shape over 2016-2025 (a "deep dive" paragraph, then a subject
 * in the title; two-column then stacked signatures); each part is read from what the letters have
 * in common rather than from one year's layout; dates in no joint phrasing fall back to those of any
 * Ofsted letter's opening.
 */
public final class JtaiLetter {

	private JtaiLetter() {
	}

	/** The facts of the JTAI letter {@code text}. */
	public static DocumentFacts read(String text) {
		Optional<DateRange> letterDate = LetterHeader.date(text);
		DateValue date = letterDate.map(DateRange::start).orElse(null);
		int salutation = Math.max(0, LetterHeader.salutation(text));
		Optional<DateRange> dates = JointDates.read(text, salutation, date).or(() -> VisitDates.ofLetter(text, date));
		List<ExtractedPerson> signatories = Signatories.read(text);
		List<Inspectorate> signing = signatories.stream()
			.map(p -> Inspectorate.fromTitle(p.organisation()).orElse(null))
			.filter(i -> i != null)
			.toList();
		JointFacts joint = JointSubject.read(text, salutation, signing);
		Span span = dates.map(DateRange::span).orElse(new Span(salutation, salutation));
		ExtractedEvent event = new ExtractedEvent(EventKind.JTAI, dates.map(DateRange::start).orElse(null),
				dates.map(DateRange::end).orElse(null), joint.deepDive() == null ? null : joint.deepDive().title(),
				List.of(), List.of(), span, null, joint, null);
		List<ExtractedPerson> people = new ArrayList<>();
		if (letterDate.isPresent()) {
			people.addAll(Addressees.read(text, letterDate.get().span().end(), salutation));
		}
		people.addAll(signatories);
		return new DocumentFacts(ReportTitle.ofLetter(text), date, List.of(event), people);
	}
}
