package uk.inspectiongraph.reading.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

	private static final List<List<String>> FEATURES = List.of(List.of("bias", "good"), List.of("bias", "good"),
			List.of("bias", "good", "noise"), List.of("bias", "bad"), List.of("bias", "bad", "noise"),
			List.of("bias", "bad"));

	private static final boolean[] POSITIVE = { true, true, true, false, false, false };

	@Test
	void learnsWhichFeaturesMarkThePositiveExamples() {
		Map<String, Double> weights = new LogisticRegression(0.001, 500, 0.3).fit(FEATURES, POSITIVE);

		assertThat(weights.get("good")).isGreaterThan(1.0);
		assertThat(weights.get("bad")).isLessThan(-1.0);
		assertThat(Math.abs(weights.get("noise"))).isLessThan(0.5);
		ThemeFilter filter = new ThemeFilter(weights, 0.5);
		assertThat(filter.probability(List.of("bias", "good"))).isGreaterThan(0.9);
		assertThat(filter.probability(List.of("bias", "bad"))).isLessThan(0.1);
	}

	@Test
	void strongerRegularisationShrinksTheWeights() {
		Map<String, Double> loose = new LogisticRegression(0.001, 500, 0.3).fit(FEATURES, POSITIVE);
		Map<String, Double> tight = new LogisticRegression(1.0, 500, 0.3).fit(FEATURES, POSITIVE);

		assertThat(Math.abs(tight.get("good"))).isLessThan(Math.abs(loose.get("good")));
	}

	@Test
	void sameExamplesGiveTheSameWeights() {
		LogisticRegression regression = new LogisticRegression(0.01, 200, 0.3);

		assertThat(regression.fit(FEATURES, POSITIVE)).isEqualTo(regression.fit(FEATURES, POSITIVE));
	}
}
