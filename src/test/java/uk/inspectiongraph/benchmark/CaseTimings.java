package uk.inspectiongraph.benchmark;

import java.util.Locale;

/**
 * Every latency {@link ApiBenchmark} measures for one case, one {@link Timings} per column, and
 * how the case's row of the results table is printed.
 */
final class CaseTimings {

	static final String HEADER = "| query | statements | HTTP p50 | HTTP p95 | driver p50 | driver p95 | p95 ratio "
			+ "| HTTP p95 with client parse | in-app Cypher p50 | in-app Cypher p95 | GraphQL in process p50 "
			+ "| GraphQL in process p95 | server executed p50 | server executed p95 | server p50 | server p95 | answer bytes |";

	static final String RULE = "| --- " + "| ---: ".repeat(16) + "|";

	/** From the request's first byte written to the answer's last byte read. */
	final Timings http;

	/** The same, with the client's parse and check of the answer. */
	final Timings httpParsed;

	/** The request's statements replayed through the benchmark's own driver. */
	final Timings driver;

	/** The statements through the application's {@code CypherReader}. */
	final Timings inApp;

	/** The request executed by the application's GraphQL service on the benchmark's thread. */
	final Timings inProcess;

	/** In the server: from the first filter to the start of GraphQL. */
	final Timings beforeGraphQl;

	/** In the server: from the first filter to the end of GraphQL execution. */
	final Timings serverExecuted;

	/** In the server: from the first filter to its exit, the JSON written. */
	final Timings server;

	CaseTimings(int capacity) {
		http = new Timings(capacity);
		httpParsed = new Timings(capacity);
		driver = new Timings(capacity);
		inApp = new Timings(capacity);
		inProcess = new Timings(capacity);
		beforeGraphQl = new Timings(capacity);
		serverExecuted = new Timings(capacity);
		server = new Timings(capacity);
	}

	/** The server-side timings of the request just answered. */
	void addServer(ServerTimings timings) {
		beforeGraphQl.add(timings.untilIntercepted());
		serverExecuted.add(timings.untilExecuted());
		server.add(timings.inServer());
	}

	/** The case's row of the Markdown table, to stdout. */
	void printRow(String name, int statements, int answerBytes) {
		double ratio = statements == 0 ? Double.NaN : http.percentile(95) / driver.percentile(95);
		System.out.printf(Locale.ROOT, "| %s | %d |%s %.2f |%s%s%s%s%s %d |%n", name, statements, pair(http) + pair(driver),
				ratio, one(httpParsed.percentile(95)), pair(inApp), pair(inProcess), pair(serverExecuted), pair(server),
				answerBytes);
	}

	/** The time before GraphQL in the server, and with {@code dump} every HTTP and driver latency, to stderr. */
	void printDetails(String name, boolean dump) {
		System.err.printf(Locale.ROOT, "%s: before GraphQL in the server p50 %.2f ms, p95 %.2f ms%n", name,
				beforeGraphQl.percentile(50), beforeGraphQl.percentile(95));
		if (dump) {
			System.err.println("HTTP " + name + ": " + http.all());
			System.err.println("driver " + name + ": " + driver.all());
		}
	}

	private static String pair(Timings timings) {
		return one(timings.percentile(50)) + one(timings.percentile(95));
	}

	private static String one(double millis) {
		return String.format(Locale.ROOT, " %.1f |", millis);
	}
}
