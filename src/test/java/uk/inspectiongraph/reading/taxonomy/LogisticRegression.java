package uk.inspectiongraph.reading.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small L2-regularised logistic regression over named binary features, fitted by full-batch
 * gradient descent with AdaGrad steps: no randomness, so the same examples always give the same
 * weights. The bias feature ({@code "bias"}) is not regularised.
 */
final class LogisticRegression {

	private final double l2;

	private final int iterations;

	private final double step;

	LogisticRegression(double l2, int iterations, double step) {
		this.l2 = l2;
		this.iterations = iterations;
		this.step = step;
	}

	/** Weights fitted to examples ({@code features.get(i)} labelled {@code positive[i]}), by name. */
	Map<String, Double> fit(List<List<String>> features, boolean[] positive) {
		Map<String, Integer> index = new TreeMap<>();
		features.forEach(f -> f.forEach(name -> index.putIfAbsent(name, 0)));
		List<String> names = new ArrayList<>(index.keySet());
		for (int i = 0; i < names.size(); i++) {
			index.put(names.get(i), i);
		}
		int[][] rows = features.stream()
			.map(f -> f.stream().mapToInt(index::get).toArray())
			.toArray(int[][]::new);
		double[] w = descend(rows, positive, names.size(), index.getOrDefault("bias", -1));
		Map<String, Double> weights = new HashMap<>();
		for (int i = 0; i < w.length; i++) {
			weights.put(names.get(i), w[i]);
		}
		return weights;
	}

	private double[] descend(int[][] rows, boolean[] positive, int size, int bias) {
		double[] w = new double[size];
		double[] squares = new double[size];
		for (int iteration = 0; iteration < iterations; iteration++) {
			double[] gradient = new double[size];
			for (int r = 0; r < rows.length; r++) {
				double error = sigmoid(dot(w, rows[r])) - (positive[r] ? 1 : 0);
				for (int j : rows[r]) {
					gradient[j] += error / rows.length;
				}
			}
			for (int j = 0; j < size; j++) {
				double g = gradient[j] + (j == bias ? 0 : l2 * w[j]);
				squares[j] += g * g;
				w[j] -= step * g / (Math.sqrt(squares[j]) + 1e-8);
			}
		}
		return w;
	}

	private static double dot(double[] w, int[] row) {
		double z = 0;
		for (int j : row) {
			z += w[j];
		}
		return z;
	}

	static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}
}
