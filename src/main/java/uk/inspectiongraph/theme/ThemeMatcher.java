package uk.inspectiongraph.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme's triggers and exclusions, compiled once. Finds where a theme is raised in a
 * normalised text: every trigger match that no exclusion match overlaps.
 */
final class ThemeMatcher {

	/** One place a theme's trigger matched: offsets into the text. */
	record Hit(String slug, int start, int end) {
	}

	private final String slug;

	private final Pattern triggers;

	private final Pattern exclusions;

	ThemeMatcher(Theme theme) {
		this.slug = theme.slug();
		this.triggers = PhrasePattern.compile(theme.triggers());
		this.exclusions = PhrasePattern.compile(theme.exclusions());
	}

	String slug() {
		return slug;
	}

	List<Hit> find(String normalisedText) {
		List<Hit> hits = new ArrayList<>();
		Matcher m = triggers.matcher(normalisedText);
		List<int[]> vetoes = exclusions == null ? List.of() : spans(exclusions.matcher(normalisedText));
		while (m.find()) {
			if (!overlapsAny(m.start(), m.end(), vetoes)) {
				hits.add(new Hit(slug, m.start(), m.end()));
			}
		}
		return hits;
	}

	private static List<int[]> spans(Matcher m) {
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
		}
		return spans;
	}

	private static boolean overlapsAny(int start, int end, List<int[]> spans) {
		for (int[] span : spans) {
			if (start < span[1] && span[0] < end) {
				return true;
			}
		}
		return false;
	}
}
