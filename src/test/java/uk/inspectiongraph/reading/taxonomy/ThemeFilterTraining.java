package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import uk.inspectiongraph.domain.Polarity;

/**
 * How the {@link ThemeFilter} is trained and judged, by authority-grouped cross-validation: the
 * labelled items are split into folds by authority, so no authority's reports are both trained on
 * and scored. {@link #train} fits the weights on the given items and picks the keep threshold by an
 * inner grouped cross-validation on those same items (the highest micro-F1, ties to the stricter
 * threshold); {@link #crossValidate} scores on each fold a filter trained on the others (nested: the
 * threshold of each is chosen on its own training folds only).
 */
final class ThemeFilterTraining {

	static final int FOLDS = 5;

	static final double[] THRESHOLDS = { 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8 };

	/** Weights smaller than this are dropped (they move no decision; the file stays small). */
	static final double SMALLEST_WEIGHT = 0.02;

	private final LogisticRegression regression;

	ThemeFilterTraining(LogisticRegression regression) {
		this.regression = regression;
	}

	static ThemeFilterTraining standard() {
		return new ThemeFilterTraining(new LogisticRegression(0.001, 600, 0.3));
	}

	/** A filter trained on {@code items}, its threshold chosen by inner grouped cross-validation. */
	ThemeFilter train(List<LabelledThemeItems.Item> items) {
		List<Map<String, Double>> foldWeights = foldWeights(items);
		double best = THRESHOLDS[0];
		double bestF1 = -1;
		for (double threshold : THRESHOLDS) {
			double f1 = score(items, fold -> new ThemeFilter(foldWeights.get(fold), threshold), i -> true).f1();
			if (f1 >= bestF1) {
				best = threshold;
				bestF1 = f1;
			}
		}
		return new ThemeFilter(weights(items), best);
	}

	/** The weights trained on all folds but each one, by fold. */
	List<Map<String, Double>> foldWeights(List<LabelledThemeItems.Item> items) {
		Map<String, Integer> folds = folds(items);
		List<Map<String, Double>> weights = new ArrayList<>();
		for (int fold = 0; fold < FOLDS; fold++) {
			int held = fold;
			weights.add(weights(items.stream().filter(i -> folds.get(i.authority()) != held).toList()));
		}
		return weights;
	}

	/** Scores each fold's items (those {@code scored} accepts) with the filter made for that fold. */
	static ThemeScores score(List<LabelledThemeItems.Item> items, IntFunction<ThemeFilter> filterOfFold,
			Predicate<LabelledThemeItems.Item> scored) {
		Map<String, Integer> folds = folds(items);
		ThemeScores scores = new ThemeScores();
		for (int fold = 0; fold < FOLDS; fold++) {
			int held = fold;
			ThemeFilter filter = filterOfFold.apply(fold);
			items.stream()
				.filter(i -> folds.get(i.authority()) == held && scored.test(i))
				.forEach(i -> scores.add(i.labels(), kept(i.rules(), filter)));
		}
		return scores;
	}

	/** Scores of filters made by {@code trainer} on all folds but one, each scored on its fold. */
	ThemeScores crossValidate(List<LabelledThemeItems.Item> items,
			Function<List<LabelledThemeItems.Item>, ThemeFilter> trainer, Predicate<LabelledThemeItems.Item> scored) {
		Map<String, Integer> folds = folds(items);
		return score(items, fold -> trainer.apply(items.stream().filter(i -> folds.get(i.authority()) != fold).toList()),
				scored);
	}

	/** The fold of each authority: authorities in name order, dealt round the folds. */
	static Map<String, Integer> folds(List<LabelledThemeItems.Item> items) {
		Map<String, Integer> folds = new LinkedHashMap<>();
		for (String authority : new TreeSet<>(items.stream().map(LabelledThemeItems.Item::authority).toList())) {
			folds.put(authority, folds.size() % FOLDS);
		}
		return folds;
	}

	/** The tags the filter keeps of what the rules raised, slug to polarity. */
	static Map<String, Polarity> kept(ThemeTagger.RuleTags rules, ThemeFilter filter) {
		Map<String, Polarity> tags = new LinkedHashMap<>();
		for (ThemeTag tag : rules.tags()) {
			if (filter.keeps(rules, tag.slug())) {
				tags.put(tag.slug(), tag.polarity());
			}
		}
		return tags;
	}

	Map<String, Double> weights(List<LabelledThemeItems.Item> items) {
		List<List<String>> features = new ArrayList<>();
		List<Boolean> right = new ArrayList<>();
		for (LabelledThemeItems.Item item : items) {
			for (ThemeTag tag : item.rules().tags()) {
				features.add(TagFeatures.of(item.rules(), tag.slug()));
				right.add(item.labels().containsKey(tag.slug()));
			}
		}
		boolean[] positive = new boolean[right.size()];
		for (int i = 0; i < positive.length; i++) {
			positive[i] = right.get(i);
		}
		Map<String, Double> weights = new LinkedHashMap<>();
		regression.fit(features, positive).forEach((name, weight) -> {
			if (Math.abs(weight) >= SMALLEST_WEIGHT) {
				weights.put(name, weight);
			}
		});
		return weights;
	}
}
