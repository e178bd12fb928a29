package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles the analyst's phrase syntax into a regular expression. A phrase is words separated by
 * spaces or hyphens (either matches either); each word matches whole words, case-insensitively,
 * with an optional plural or possessive ending ("caseload" matches "caseloads", "child's"); a word
 * ending in {@code *} matches any ending ("recruit*" matches "recruitment"), one starting with
 * {@code *} any beginning ("*SCB" matches "LSCB"); the token {@code ..} stands for up to four other
 * words ("caseload* .. high" matches "caseloads remain too high"); a word starting with {@code =}
 * matches only as written, capitals included ("=Board" matches "Board" but not "board").
 */
public final class PhrasePattern {

	private static final String SEPARATOR = "[\\s\\-/]+";

	private static final String GAP = "(?:[\\s\\-/]+[^\\s\\-/]+){0,4}?";

	private static final String PLURAL = "(?:s|es|'s|s')?";

	private PhrasePattern() {
	}

	/** One regular expression matching any of {@code phrases}, or null when there are none. */
	static Pattern compile(List<String> phrases) {
		if (phrases.isEmpty()) {
			return null;
		}
		List<String> alternatives = new ArrayList<>();
		for (String phrase : phrases) {
			alternatives.add(toRegex(phrase));
		}
		return Pattern.compile("(?<![\\w])(?:" + String.join("|", alternatives) + ")(?![\\w])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static String toRegex(String phrase) {
		String[] tokens = normalise(phrase).strip().split("[\\s\\-]+");
		StringBuilder regex = new StringBuilder();
		boolean gapBefore = false;
		for (String token : tokens) {
			if (token.equals("..")) {
				gapBefore = true;
				continue;
			}
			if (!regex.isEmpty()) {
				regex.append(gapBefore ? GAP : "").append(SEPARATOR);
			}
			regex.append(word(token));
			gapBefore = false;
		}
		if (regex.isEmpty()) {
			throw new IllegalArgumentException("Empty theme phrase: '" + phrase + "'");
		}
		return regex.toString();
	}

	private static String word(String token) {
		if (token.startsWith("=") && token.length() > 1) {
			return "(?-i:" + word(token.substring(1)) + ")";
		}
		String prefix = token.startsWith("*") ? "\\w*?" : "";
		String core = token.startsWith("*") ? token.substring(1) : token;
		if (core.endsWith("*")) {
			return prefix + Pattern.quote(core.substring(0, core.length() - 1)) + "[\\w'\\-]*?";
		}
		return prefix + Pattern.quote(core) + PLURAL;
	}

	/**
	 * Folds typographic apostrophes and dashes to their ASCII forms, one character for one, so
	 * that offsets in the folded text are offsets in the original.
	 */
	static String normalise(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = switch (chars[i]) {
				case '\u2019', '\u2018', '\u02BC' -> '\'';
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
				case '\u00A0' -> ' ';
				default -> chars[i];
			};
		}
		return new String(chars);
	}
}
