package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme's triggers and exclusions, compiled once, one pattern per phrase. Finds where a theme
 * is raised in a normalised text: every trigger match that no exclusion match overlaps, and every
 * role match that names the people the text is about ({@link RoleMention}); a role named only as
 * actor or audience vetoes the triggers it overlaps ("strategic" in "strategic managers should");
 * weak phrases count only in a finding's opening words ({@link FindingOpening}). A
 * phrase is only tried where a word its first word could match begins, which keeps tagging fast.
 */
public final class ThemeMatcher {

	/** One place a theme's trigger matched: offsets into the text. */
	record Hit(String slug, int start, int end) {
	}

	private record Phrase(String key, String infix, Pattern pattern) {
	}

	private final String slug;

	private final List<Phrase> triggers;

	private final List<Phrase> exclusions;

	private final List<Phrase> roles;

	private final List<Phrase> weak;

	ThemeMatcher(Theme theme) {
		this.slug = theme.slug();
		this.triggers = compile(theme.triggers());
		this.exclusions = compile(theme.exclusions());
		this.roles = compile(theme.roles());
		this.weak = compile(theme.weak());
	}

	String slug() {
		return slug;
	}

	List<Hit> find(String normalisedText, WordIndex words) {
		List<int[]> matches = matchAll(triggers, normalisedText, words);
		List<int[]> vetoes = new ArrayList<>();
		for (int[] role : matchAll(roles, normalisedText, words)) {
			(RoleMention.isSubjectMatter(normalisedText, role[0], role[1]) ? matches : vetoes).add(role);
		}
		for (int[] mention : matchAll(weak, normalisedText, words)) {
			if (FindingOpening.holds(normalisedText, mention[0])) {
				matches.add(mention);
			}
		}
		if (matches.isEmpty()) {
			return List.of();
		}
		matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
		vetoes.addAll(matchAll(exclusions, normalisedText, words));
		List<Hit> hits = new ArrayList<>();
		for (int[] match : matches) {
			if (!overlapsAny(match, vetoes) && !insideAny(match, hits)) {
				hits.add(new Hit(slug, match[0], match[1]));
			}
		}
		return hits;
	}

	private static List<Phrase> compile(List<String> phrases) {
		return phrases.stream()
			.map(p -> new Phrase(WordIndex.firstWordKey(p), WordIndex.firstWordInfix(p),
					PhrasePattern.compile(List.of(p))))
			.toList();
	}

	private static List<int[]> matchAll(List<Phrase> phrases, String text, WordIndex words) {
		List<int[]> spans = new ArrayList<>();
		for (Phrase phrase : phrases) {
			List<Integer> candidates = phrase.key().isEmpty() ? null : words.startsOfWordsBeginning(phrase.key());
			if (candidates == null) {
				if (!words.hasWordContaining(phrase.infix())) {
					continue;
				}
				Matcher m = phrase.pattern().matcher(text);
				while (m.find()) {
					spans.add(new int[] { m.start(), m.end() });
				}
				continue;
			}
			Matcher m = candidates.isEmpty() ? null : phrase.pattern().matcher(text).useTransparentBounds(true);
			for (int start : candidates) {
				if (m.region(start, text.length()).lookingAt()) {
					spans.add(new int[] { m.start(), m.end() });
				}
			}
		}
		return spans;
	}

	private static boolean overlapsAny(int[] match, List<int[]> spans) {
		for (int[] span : spans) {
			if (match[0] < span[1] && span[0] < match[1]) {
				return true;
			}
		}
		return false;
	}

	private static boolean insideAny(int[] match, List<Hit> hits) {
		return hits.stream().anyMatch(h -> h.start() <= match[0] && match[1] <= h.end());
	}
}
