package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks every analyst question of {@link BenchmarkCase#analystQueries} of an application already
 * running (started with {@code java -jar} by bench/scale.sh), at each concurrency given: C clients,
 * each on a kept-alive loopback connection of its own ({@link LoopbackHttp}), send the question
 * back to back until N answers are in; prints p50 and p95 of the answers' latencies and the
 * throughput, one tab-separated line per question and concurrency, prefixed by {@code --label}.
 * Each answer is checked for errors. The parameters come from the graph, as in {@link ApiBenchmark}:
 * its broadest recurring theme and its authority with the most events (read over Bolt).
 * <p>
 * Arguments: {@code --url=http://127.0.0.1:PORT/graphql}, {@code --bolt=bolt://127.0.0.1:PORT},
 * {@code --password-file=DATA/neo4j-password}, {@code --label=TEXT}, {@code --requests=N} (per
 * question and concurrency, default 200), {@code --warmup=N} (default 20),
 * {@code --concurrency=1,8}.
 */
public final class ScaleLoad {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI endpoint;

	private ScaleLoad(URI endpoint) {
		this.endpoint = endpoint;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = BenchmarkApplication.options(args);
		ScaleLoad load = new ScaleLoad(URI.create(options.get("url")));
		String authority = busiestAuthority(options.get("bolt"), Path.of(options.get("password-file")));
		List<BenchmarkCase> cases = BenchmarkCase.analystQueries(load.firstRecurringTheme(), authority);
		int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
		String label = options.getOrDefault("label", "");
		for (BenchmarkCase benchmarkCase : cases) {
			load.run(benchmarkCase, 1, warmup);
			for (String concurrency : options.getOrDefault("concurrency", "1,8").split(",")) {
				int clients = Integer.parseInt(concurrency);
				long begun = System.nanoTime();
				Timings timings = load.run(benchmarkCase, clients, requests);
				double seconds = (System.nanoTime() - begun) / 1e9;
				System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%.1f\t%.1f\t%.0f%n", label, benchmarkCase.name(), clients,
						timings.percentile(50), timings.percentile(95), requests / seconds);
			}
		}
		System.exit(0);
	}

	/** {@code requests} answers from {@code clients} clients, each on its own connection. */
	private Timings run(BenchmarkCase benchmarkCase, int clients, int requests) throws Exception {
		String body = body(benchmarkCase);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<double[]>> parts = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int share = requests / clients + (c < requests % clients ? 1 : 0);
				parts.add(pool.submit(() -> client(benchmarkCase, body, share)));
			}
			Timings timings = new Timings(requests);
			for (Future<double[]> part : parts) {
				for (double nanos : part.get()) {
					timings.add((long) nanos);
				}
			}
			return timings;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private double[] client(BenchmarkCase benchmarkCase, String body, int count) throws IOException {
		double[] nanos = new double[count];
		try (LoopbackHttp http = new LoopbackHttp(endpoint)) {
			for (int i = 0; i < count; i++) {
				long started = System.nanoTime();
				String answer = http.post(body);
				nanos[i] = System.nanoTime() - started;
				if (answer.contains("\"errors\"")) {
					throw new IllegalStateException(benchmarkCase.name() + " failed: " + answer);
				}
			}
		}
		return nanos;
	}

	private static String body(BenchmarkCase benchmarkCase) {
		return JSON.writeValueAsString(Map.of("query", benchmarkCase.document(), "operationName",
				benchmarkCase.operation(), "variables", benchmarkCase.variables()));
	}

	private String firstRecurringTheme() throws IOException {
		try (LoopbackHttp http = new LoopbackHttp(endpoint)) {
			JsonNode themes = JSON.readTree(http.post(body(new BenchmarkCase("probe", BenchmarkCase.read("recurring-themes"),
					"RecurringThemes", Map.of())))).at("/data/recurringThemes");
			return themes.isEmpty() ? "caseloads" : themes.get(0).at("/theme/slug").asString();
		}
	}

	/** The authority with the most inspection events, read over Bolt with the data directory's password. */
	private static String busiestAuthority(String bolt, Path passwordFile) throws IOException {
		String password = Files.readString(passwordFile).strip();
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password),
				Config.builder().withoutEncryption().build())) {
			return driver.executableQuery("MATCH (a:Authority)<-[:AT]-(e:Event) RETURN a.name AS name, count(e) AS events "
					+ "ORDER BY events DESC, name LIMIT 1").execute().records().stream()
				.map(row -> row.get("name").asString())
				.findFirst()
				.orElse("Warwickshire");
		}
	}
}
