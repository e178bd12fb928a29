package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a {@link ThemeFilter} reads to judge a tag the rules proposed: the theme, the trigger
 * words, how often and where in the finding they occur, the words right beside the first trigger,
 * the words of the sentence that carries it (by theme), and the other themes raised beside it. Named
 * features, so a weight file can be read and a decision explained.
 */
final class TagFeatures {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern SENTENCE_END = Pattern.compile("[.;:?!](?=\\s|$)");

	private static final int CONTEXT = 2;

	private TagFeatures() {
	}

	/** The features of the tag of {@code slug} among what the rules raised. */
	static List<String> of(ThemeTagger.RuleTags rules, String slug) {
		List<ThemeMatcher.Hit> hits = rules.hitsOf(slug);
		String text = rules.normalised();
		ThemeMatcher.Hit first = hits.get(0);
		Set<String> features = new LinkedHashSet<>();
		features.add("bias");
		features.add("t=" + slug);
		features.add("hits=" + Math.min(hits.size(), 3));
		features.add("t=" + slug + "|hits=" + Math.min(hits.size(), 2));
		String opening = FindingOpening.holds(text, first.start()) ? "open" : "late";
		features.add(opening);
		features.add("t=" + slug + "|" + opening);
		features.add("tags=" + Math.min(rules.tags().size(), 5));
		for (ThemeMatcher.Hit hit : hits) {
			features.add("trig=" + String.join(" ", words(text.substring(hit.start(), hit.end()))));
		}
		addContext(features, text, first);
		List<String> sentence = words(sentenceAround(text, first.start()));
		for (int i = 0; i < sentence.size(); i++) {
			features.add("t=" + slug + "|s=" + sentence.get(i));
			if (i > 0) {
				features.add("t=" + slug + "|b=" + sentence.get(i - 1) + "_" + sentence.get(i));
			}
		}
		for (ThemeTag other : rules.tags()) {
			if (!other.slug().equals(slug)) {
				features.add("t=" + slug + "|with=" + other.slug());
			}
		}
		return List.copyOf(features);
	}

	private static void addContext(Set<String> features, String text, ThemeMatcher.Hit hit) {
		List<String> before = words(text.substring(0, hit.start()));
		List<String> after = words(text.substring(hit.end()));
		for (int i = 1; i <= CONTEXT; i++) {
			features.add("L" + i + "=" + (before.size() >= i ? before.get(before.size() - i) : "^"));
			features.add("R" + i + "=" + (after.size() >= i ? after.get(i - 1) : "$"));
		}
	}

	private static String sentenceAround(String text, int offset) {
		int start = 0;
		int end = text.length();
		Matcher m = SENTENCE_END.matcher(text);
		while (m.find()) {
			if (m.end() <= offset) {
				start = m.end();
			}
			else {
				end = m.end();
				break;
			}
		}
		return text.substring(start, end);
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(m.group().toLowerCase(Locale.ROOT));
		}
		return words;
	}
}
