package uk.inspectiongraph.benchmark;

import java.util.Arrays;

/** Latencies of one benchmark case, in milliseconds, with their percentiles. */
final class Timings {

	private final double[] millis;

	private int count;

	Timings(int capacity) {
		this.millis = new double[capacity];
	}

	void add(long nanos) {
		millis[count++] = nanos / 1_000_000.0;
	}

	/** Every latency in the order measured, for a closer look ({@code --dump}). */
	String all() {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < count; i++) {
			line.append(String.format(java.util.Locale.ROOT, "%.1f ", millis[i]));
		}
		return line.toString().strip();
	}

	double percentile(double p) {
		double[] sorted = Arrays.copyOf(millis, count);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * count) - 1;
		return sorted[Math.max(0, Math.min(count - 1, index))];
	}
}
