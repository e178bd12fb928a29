package uk.inspectiongraph.reading;

import java.util.regex.Pattern;

/**
 * Makes a document's spacing plain before anything reads it. Word processors put non-breaking
 * and narrow non-breaking spaces between the words of a date ("12 March 2019") or a label
 * ("Inspection dates"), and PDF text keeps them; Java's {@code \s} does not match them, so every
 * pattern of the readers would miss such a date or heading. Each Unicode space separator becomes
 * an ASCII space (one character for one, so nothing moves), and the invisible characters that
 * sit inside words (zero-width spaces and joiners, the byte-order mark, soft hyphens) are
 * removed.
 */
final class UnicodeSpaces {

	private static final Pattern SPACE_SEPARATORS = Pattern.compile("[\\p{Zs}&&[^ ]]");

	private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]");

	private UnicodeSpaces() {
	}

	/** {@code text} with plain spaces and no invisible characters. */
	static String plain(String text) {
		String spaced = SPACE_SEPARATORS.matcher(text).replaceAll(" ");
		return INVISIBLE.matcher(spaced).replaceAll("");
	}
}
