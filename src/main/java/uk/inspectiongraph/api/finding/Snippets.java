package uk.inspectiongraph.api.finding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted snippets for full-text hits: the passage around the first word of the search, HTML-
 * escaped, with every searched word (a prefix, for {@code word*}) wrapped in {@code <mark>}.
 */
final class Snippets {

	private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");

	private static final int CONTEXT = 110;

	private Snippets() {
	}

	static String highlight(String text, String search) {
		if (text == null) {
			return "";
		}
		Pattern words = pattern(search);
		Matcher first = words.matcher(text);
		int at = first.find() ? first.start() : 0;
		int start = Math.max(0, at - CONTEXT);
		int end = Math.min(text.length(), at + 2 * CONTEXT);
		String passage = text.substring(start, end).replaceAll("\\s+", " ").strip();
		return (start > 0 ? "…" : "") + marked(passage, words) + (end < text.length() ? "…" : "");
	}

	/**
	 * The passage HTML-escaped with its matches marked. Words are matched in the plain text and
	 * each piece escaped on its own, so a search never lands inside an escape ({@code &amp;}).
	 */
	private static String marked(String passage, Pattern words) {
		StringBuilder html = new StringBuilder();
		Matcher match = words.matcher(passage);
		int done = 0;
		while (match.find()) {
			html.append(escape(passage.substring(done, match.start())))
				.append("<mark>")
				.append(escape(match.group()))
				.append("</mark>");
			done = match.end();
		}
		return html.append(escape(passage.substring(done))).toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	static Pattern pattern(String search) {
		String alternatives = Arrays.stream(search.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}*'-]+"))
			.filter(word -> !word.isBlank() && !OPERATORS.contains(word))
			.map(word -> word.endsWith("*") ? Pattern.quote(word.replace("*", "")) + "[\\p{L}\\p{N}]*"
					: Pattern.quote(word.replace("*", "")))
			.collect(Collectors.joining("|"));
		return Pattern.compile(alternatives.isEmpty() ? "(?!)" : "\\b(?:" + alternatives + ")\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}
}
