package uk.inspectiongraph.reading.taxonomy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import uk.inspectiongraph.domain.Polarity;

/**
 * Counts of a tagger's themes against hand labels: per theme true positives, false positives and
 * false negatives, and how many correctly tagged themes also had the labelled polarity. Gives
 * precision, recall and F1 per theme and micro-averaged, and renders them as a Markdown table.
 */
final class ThemeScores {

	private final Map<String, int[]> counts = new TreeMap<>();

	private int polarityRight;

	private int items;

	/** Scores one item: the labelled themes against the tagged ones. */
	void add(Map<String, Polarity> expected, Map<String, Polarity> actual) {
		items++;
		Set<String> slugs = new TreeSet<>(expected.keySet());
		slugs.addAll(actual.keySet());
		for (String slug : slugs) {
			int[] c = counts.computeIfAbsent(slug, s -> new int[3]);
			if (expected.containsKey(slug) && actual.containsKey(slug)) {
				c[0]++;
				polarityRight += expected.get(slug) == actual.get(slug) ? 1 : 0;
			}
			else {
				c[actual.containsKey(slug) ? 1 : 2]++;
			}
		}
	}

	int tp() {
		return counts.values().stream().mapToInt(c -> c[0]).sum();
	}

	int fp() {
		return counts.values().stream().mapToInt(c -> c[1]).sum();
	}

	int fn() {
		return counts.values().stream().mapToInt(c -> c[2]).sum();
	}

	double precision() {
		return ratio(tp(), tp() + fp());
	}

	double recall() {
		return ratio(tp(), tp() + fn());
	}

	double f1() {
		return f1(precision(), recall());
	}

	double polarityAccuracy() {
		return ratio(polarityRight, tp());
	}

	String table(String title) {
		StringBuilder md = new StringBuilder("| " + title + " | labelled | tagged | correct | precision | recall | F1 |\n")
			.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		counts.forEach((slug, c) -> md.append(row(slug, c[0], c[1], c[2])));
		md.append(row("**micro overall**", tp(), fp(), fn()));
		md.append(String.format(Locale.ROOT, "%n%d items; polarity right on %d of %d correct tags (%.3f)%n", items,
				polarityRight, tp(), polarityAccuracy()));
		return md.toString();
	}

	private static String row(String slug, int tp, int fp, int fn) {
		double p = ratio(tp, tp + fp);
		double r = ratio(tp, tp + fn);
		return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |%n", slug, tp + fn, tp + fp, tp, p,
				r, f1(p, r));
	}

	private static double ratio(int a, int b) {
		return b == 0 ? 1.0 : (double) a / b;
	}

	private static double f1(double p, double r) {
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}
}
