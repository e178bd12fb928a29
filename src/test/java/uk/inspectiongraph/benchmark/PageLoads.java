package uk.inspectiongraph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The timed loads of one dashboard view: the time until it was ready and the duration of each
 * GraphQL request it sent, in the order sent, as a row of the page benchmark's Markdown table.
 */
final class PageLoads {

	private final int capacity;

	private final Timings ready;

	private final Timings slowest;

	private final List<Timings> requests = new ArrayList<>();

	PageLoads(int capacity) {
		this.capacity = capacity;
		this.ready = new Timings(capacity);
		this.slowest = new Timings(capacity);
	}

	/** Adds one load: milliseconds from navigation start to ready, and each request's milliseconds. */
	void add(Number readyMillis, List<? extends Number> requestMillis) {
		ready.add(nanos(readyMillis));
		slowest.add(requestMillis.stream().mapToLong(PageLoads::nanos).max().orElse(0));
		for (int i = 0; i < requestMillis.size(); i++) {
			if (requests.size() == i) {
				requests.add(new Timings(capacity));
			}
			requests.get(i).add(nanos(requestMillis.get(i)));
		}
	}

	String row(DashboardPage page) {
		String each = requests.stream().map(t -> String.format("%.0f", t.percentile(50))).collect(Collectors.joining(" / "));
		String route = page.route().replaceFirst("query=[^&]*", "query=…");
		return String.format("| %s | `%s` | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %s |", page.name(), route,
				requests.size(), ready.percentile(50), ready.percentile(95), ready.percentile(100), slowest.percentile(50),
				slowest.percentile(95), each);
	}

	private static long nanos(Number millis) {
		return Math.round(millis.doubleValue() * 1_000_000);
	}
}
