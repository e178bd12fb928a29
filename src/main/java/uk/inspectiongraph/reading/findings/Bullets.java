package uk.inspectiongraph.reading.findings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the markers that open a list item in PDF or plain text: bullet glyphs ({@code -},
 * {@code ■}, {@code •}, {@code ●}, {@code ◼}, the private-use glyphs of Symbol and Wingdings
 * fonts...), numbers ("1.", "2)", "(a)") and the dashes of sub-items ("–", "o").
 */
final class Bullets {

	private static final Pattern BULLET = Pattern
		.compile("^(?:[-•●■◼▪►➢✓\\u2023\\u2043\\uf021-\\uf0ff]|\\*(?!\\*))[\\s\\u00a0]*");

	private static final Pattern NUMBER = Pattern.compile("^(?:\\d{1,3}[.)]|\\(\\d{1,2}\\)|\\(?[a-z][)])[\\s\\u00a0]+");

	private static final Pattern SUB = Pattern.compile("^(?:[–—]|\\u0336|o(?=\\s))[\\s\\u00a0]*");

	private Bullets() {
	}

	/** Whether {@code line} opens with a bullet glyph or a number. */
	static boolean startsItem(String line) {
		return markerLength(line) > 0;
	}

	/** Whether {@code line} opens with a bullet glyph (not a number). */
	static boolean isGlyph(String line) {
		return BULLET.matcher(line).lookingAt() && line.length() > 1 && !line.startsWith("**");
	}

	/** The number {@code line} opens with ("12." gives 12), -1 for none or a letter. */
	static int numberOf(String line) {
		int digits = 0;
		while (digits < line.length() && digits < 4 && Character.isDigit(line.charAt(digits))) {
			digits++;
		}
		return digits > 0 && isNumbered(line) ? Integer.parseInt(line.substring(0, digits)) : -1;
	}

	/** Whether {@code line} opens with a number ("1.", "(a)"). */
	static boolean isNumbered(String line) {
		return NUMBER.matcher(line).lookingAt();
	}

	/** Whether {@code line} opens with a sub-item dash. */
	static boolean isSub(String line) {
		return SUB.matcher(line).lookingAt();
	}

	/** The length of the item marker {@code line} opens with, 0 for none. */
	static int markerLength(String line) {
		if (line.isEmpty() || Character.isLetter(line.charAt(0)) && line.charAt(0) != 'o'
				&& !(line.length() > 1 && line.charAt(1) == ')')) {
			return 0;
		}
		for (Pattern p : new Pattern[] { BULLET, NUMBER }) {
			Matcher m = p.matcher(line);
			if (m.lookingAt() && !(p == BULLET && line.startsWith("**"))) {
				return m.end();
			}
		}
		return 0;
	}

	/** The length of a sub-item marker, 0 for none. */
	static int subMarkerLength(String line) {
		Matcher m = SUB.matcher(line);
		return m.lookingAt() ? m.end() : 0;
	}
}
