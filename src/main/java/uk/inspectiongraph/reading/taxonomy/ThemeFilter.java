package uk.inspectiongraph.reading.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic regression over {@link TagFeatures} that keeps a tag the rules proposed only when it
 * judges the tag at least {@code threshold} likely to be right. It never adds a tag, so every tag
 * keeps the trigger words that raised it. The shipped weights ({@value #RESOURCE}, beside this
 * class) are generated from the hand labels by the trainer in the tests; a missing resource means
 * no filter.
 */
public final class ThemeFilter {

	static final String RESOURCE = "theme-filter.tsv";

	private static final ThemeFilter NONE = new ThemeFilter(Map.of(), 0.0);

	private final Map<String, Double> weights;

	private final double threshold;

	ThemeFilter(Map<String, Double> weights, double threshold) {
		this.weights = Map.copyOf(weights);
		this.threshold = threshold;
	}

	/** No filter: every tag the rules propose is kept. */
	public static ThemeFilter none() {
		return NONE;
	}

	/** The filter shipped with the product, or {@link #none()} if there is none. */
	public static ThemeFilter shipped() {
		return Shipped.FILTER;
	}

	/** Whether the tag of {@code slug} the rules proposed is kept. */
	boolean keeps(ThemeTagger.RuleTags rules, String slug) {
		return this == NONE || probability(TagFeatures.of(rules, slug)) >= threshold;
	}

	/** How likely the filter judges a tag with these features to be right. */
	double probability(List<String> features) {
		double z = 0;
		for (String feature : features) {
			z += weights.getOrDefault(feature, 0.0);
		}
		return 1 / (1 + Math.exp(-z));
	}

	double threshold() {
		return threshold;
	}

	Map<String, Double> weights() {
		return weights;
	}

	/**
	 * Reads a weight file: {@code #} comments, a {@code threshold} line, then one
	 * {@code feature<TAB>weight} line per feature.
	 */
	static ThemeFilter read(InputStream in) throws IOException {
		Map<String, Double> weights = new HashMap<>();
		double threshold = 0.5;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts[0].equals("threshold")) {
					threshold = Double.parseDouble(parts[1]);
				}
				else {
					weights.put(parts[0], Double.parseDouble(parts[1]));
				}
			}
		}
		return new ThemeFilter(weights, threshold);
	}

	private static final class Shipped {

		static final ThemeFilter FILTER = load();

		private static ThemeFilter load() {
			try (InputStream in = ThemeFilter.class.getResourceAsStream(RESOURCE)) {
				return in == null ? NONE : read(in);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read the theme filter " + RESOURCE, e);
			}
		}
	}
}
