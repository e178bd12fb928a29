package uk.inspectiongraph.reading.ofsted;

import java.util.Locale;

import uk.inspectiongraph.domain.Grade;

/** Ofsted's grade words, as a regular expression and as {@link Grade} values. */
final class GradeWords {

	/** A grade as reports write it, over line breaks and in any case. */
	static final String GRADE = "(?<grade>outstanding|good|requires?[\\s*]+improvement(?:[\\s*]+to[\\s*]+be[\\s*]+good)?"
			+ "|inadequate)\\b";

	private GradeWords() {
	}

	static Grade grade(String words) {
		String w = words.toLowerCase(Locale.ROOT);
		if (w.startsWith("outstanding")) {
			return Grade.OUTSTANDING;
		}
		if (w.startsWith("good")) {
			return Grade.GOOD;
		}
		if (w.startsWith("inadequate")) {
			return Grade.INADEQUATE;
		}
		return Grade.REQUIRES_IMPROVEMENT;
	}
}
