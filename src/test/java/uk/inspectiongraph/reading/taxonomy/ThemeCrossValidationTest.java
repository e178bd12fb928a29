package uk.inspectiongraph.reading.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grouped cross-validation of the learned tag filter on every labelled item (all sets), folds by
 * authority so no authority is both trained on and scored: the estimate, for anything learned, of
 * what documents we do not have get. The rules alone are not trained, so their figure over all
 * labels is given beside it only for comparison (their unseen estimate is the holdout set's).
 * Each set's items are also scored out of fold on their own (the holdout items' row is the figure to
 * set beside the rules' holdout figure). The filter is kept only while it beats the rules alone on
 * precision without losing F1. Skips when the dev corpus is absent; writes
 * {@code target/theme-cross-validation.md} and the per-theme table
 * {@code target/theme-cross-validation-per-theme.md}.
 */
class ThemeCrossValidationTest {

	private static Path corpus;

	@BeforeAll
	static void locateCorpus() {
		corpus = Path.of(System.getProperty("inspectiongraph.dev-corpus", "../shared/corpus/ofsted-dev"));
	}

	@Test
	void filterIsScoredOnAuthoritiesItWasNotTrainedOn() throws IOException {
		assumeTrue(Files.isDirectory(corpus), "dev corpus not found at " + corpus.toAbsolutePath());
		List<LabelledThemeItems.Item> items = LabelledThemeItems.load(corpus);
		ThemeFilterTraining training = ThemeFilterTraining.standard();
		StringBuilder md = new StringBuilder("| Grouped 5-fold cross-validation | precision | recall | F1 | polarity |\n")
			.append("| --- | ---: | ---: | ---: | ---: |\n");
		ThemeScores rules = new ThemeScores();
		items.forEach(i -> rules.add(i.labels(), ThemeFilterTraining.kept(i.rules(), ThemeFilter.none())));
		md.append(row("rules alone (all labels, not trained)", rules));
		List<Map<String, Double>> foldWeights = training.foldWeights(items);
		for (double threshold : ThemeFilterTraining.THRESHOLDS) {
			md.append(row("rules + filter, fixed threshold " + threshold, ThemeFilterTraining.score(items,
					fold -> new ThemeFilter(foldWeights.get(fold), threshold), i -> true)));
		}
		Map<String, ThemeFilter> nested = new HashMap<>();
		Function<List<LabelledThemeItems.Item>, ThemeFilter> trainer = part -> nested
			.computeIfAbsent(part.get(0).file() + part.size(), k -> training.train(part));
		ThemeScores cv = training.crossValidate(items, trainer, i -> true);
		md.append(row("**rules + filter, threshold by inner CV (the estimate)**", cv));
		ThemeScores holdout = null;
		for (String set : List.of("dev", "heldout", "blind", "holdout")) {
			ThemeScores setRules = new ThemeScores();
			items.stream()
				.filter(i -> i.set().equals(set))
				.forEach(i -> setRules.add(i.labels(), ThemeFilterTraining.kept(i.rules(), ThemeFilter.none())));
			md.append(row(set + " items: rules alone", setRules));
			holdout = training.crossValidate(items, trainer, i -> i.set().equals(set));
			md.append(row(set + " items: rules + filter, out of fold", holdout));
		}
		System.out.println(md);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "theme-cross-validation.md"), md);
		Files.writeString(Path.of("target", "theme-cross-validation-per-theme.md"),
				cv.table("Cross-validated, out of fold"));
		assertThat(cv.precision()).as("filter's cross-validated precision beats the rules'")
			.isGreaterThan(rules.precision())
			.isGreaterThanOrEqualTo(0.93);
		assertThat(cv.f1()).as("filter's cross-validated F1 loses nothing").isGreaterThanOrEqualTo(rules.f1());
		assertThat(cv.polarityAccuracy()).as("polarity").isGreaterThanOrEqualTo(1.00);
		assertThat(holdout.precision()).as("holdout items, out of fold: precision").isGreaterThanOrEqualTo(0.92);
		assertThat(holdout.f1()).as("holdout items, out of fold: F1").isGreaterThanOrEqualTo(0.90);
	}

	private static String row(String title, ThemeScores s) {
		return String.format(Locale.ROOT, "| %s | %.3f (%d of %d) | %.3f (%d of %d) | %.3f | %.3f |%n", title,
				s.precision(), s.tp(), s.tp() + s.fp(), s.recall(), s.tp(), s.tp() + s.fn(), s.f1(),
				s.polarityAccuracy());
	}
}
