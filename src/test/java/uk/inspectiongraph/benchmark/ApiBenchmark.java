package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import uk.inspectiongraph.DriverSpy;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.graph.embedded.EmbeddedBolt;

/**
 * Times each analyst query through HTTP ({@code POST /graphql}, the documents of docs/queries, on
 * a kept-alive loopback connection: {@link LoopbackHttp}; from the request's first byte written to
 * the answer's last byte read) and the very statements it ran directly through the driver, side by
 * side in one run, and prints p50/p95 of both and their ratio as a Markdown table (see
 * docs/benchmarks.md). Every answer is parsed and checked for errors after its clock stops; the
 * p95 with that parse counted is printed too. Further columns tell the overheads apart: the same
 * statements through the application's own {@link CypherReader} in process (Spring transaction and
 * Neo4jClient, no HTTP or GraphQL); the same request executed by the application's GraphQL service
 * in process, on the benchmark's thread (Cypher, mapping and GraphQL Java, no HTTP or JSON); and,
 * from {@link ServerTimings} inside the server, the time from the request's arrival in the first
 * servlet filter to the end of GraphQL execution and to the filter's exit (the JSON written). The
 * answer's size is the last column; the time before GraphQL starts in the server (filters, Spring
 * MVC, reading the body) goes to stderr.
 * <p>
 * Arguments: those of {@link BenchmarkApplication} (the data directory, {@code --ingest=DIR},
 * {@code --fixture}), {@code --iterations=N} (default 200), {@code --warmup=N} (default 50),
 * {@code --profile} (print each statement's PROFILE summary; {@code --profile=hits}: db hits and
 * rows only, not its median time), {@code --only=NAME,...} (only the
 * queries whose names start with one of these), {@code --dump} (every latency measured, to stderr),
 * {@code --reads=MS} (for each answer slower than MS milliseconds, when each socket read came and
 * how many bytes it brought, to stderr).
 */
public final class ApiBenchmark {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, String> options;

	private URI endpoint;

	private LoopbackHttp http;

	private CypherReader reader;

	private ExecutionGraphQlService graphQl;

	private final ServerTimings server = new ServerTimings();

	private ApiBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		new ApiBenchmark(BenchmarkApplication.options(args)).run();
		System.exit(0);
	}

	private void run() throws Exception {
		StatementRecorder recorder = new StatementRecorder();
		ConfigurableApplicationContext context = BenchmarkApplication.start(options, server, recorder);
		endpoint = URI.create("http://127.0.0.1:" + BenchmarkApplication.port(context) + "/graphql");
		BenchmarkApplication.prepareGraph(context, options);
		http = new LoopbackHttp(endpoint);
		EmbeddedBolt bolt = context.getBean(EmbeddedBolt.class);
		try (Driver driver = GraphDatabase.driver(bolt.uri(), bolt.authToken(), Config.builder().withoutEncryption().build())) {
			List<BenchmarkCase> cases = new ArrayList<>(BenchmarkCase.analystQueries(firstRecurringTheme(), busiestAuthority(context)));
			cases.addAll(BenchmarkCase.peerQuestions());
			int iterations = Integer.parseInt(options.getOrDefault("iterations", "200"));
			Baselines.inProcess(context.getBean(ExecutionGraphQlService.class), iterations);
			Baselines.jdkHttpClient(endpoint, body(cases.get(0)), iterations);
			reader = context.getBean(CypherReader.class);
			graphQl = context.getBean(ExecutionGraphQlService.class);
			System.out.println(CaseTimings.HEADER);
			System.out.println(CaseTimings.RULE);
			for (BenchmarkCase benchmarkCase : selected(cases)) {
				List<DriverSpy.Statement> statements = recorder.record(() -> post(benchmarkCase));
				if (options.containsKey("profile")) {
					Profiles.print(driver, benchmarkCase.name(), statements, !"hits".equals(options.get("profile")));
				}
				measure(benchmarkCase, statements, driver);
			}
		}
		finally {
			http.close();
			context.close();
		}
	}

	/** The cases whose names start with one of {@code --only=a,b}, or all of them. */
	private List<BenchmarkCase> selected(List<BenchmarkCase> cases) {
		String only = options.get("only");
		if (only == null) {
			return cases;
		}
		List<String> prefixes = List.of(only.split(","));
		return cases.stream().filter(c -> prefixes.stream().anyMatch(c.name()::startsWith)).toList();
	}

	private void measure(BenchmarkCase benchmarkCase, List<DriverSpy.Statement> statements, Driver driver) {
		int iterations = Integer.parseInt(options.getOrDefault("iterations", "200"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "50"));
		CaseTimings timings = new CaseTimings(iterations);
		String request = body(benchmarkCase);
		int bytes = exchange(request).getBytes(StandardCharsets.UTF_8).length;
		for (int i = 0; i < warmup + iterations; i++) {
			long started = System.nanoTime();
			String answer = exchange(request);
			long received = System.nanoTime();
			traceSlowAnswer(benchmarkCase, received - started);
			check(benchmarkCase, answer);
			long checked = System.nanoTime();
			replay(driver, statements);
			long replayed = System.nanoTime();
			statements.forEach(statement -> reader.list(statement.text(), statement.parameters().asMap(), row -> row));
			long read = System.nanoTime();
			executeInProcess(benchmarkCase, i);
			long executed = System.nanoTime();
			if (i >= warmup) {
				timings.http.add(received - started);
				timings.httpParsed.add(checked - started);
				timings.driver.add(replayed - checked);
				timings.inApp.add(read - replayed);
				timings.inProcess.add(executed - read);
				timings.addServer(server);
			}
		}
		timings.printDetails(benchmarkCase.name(), options.containsKey("dump"));
		timings.printRow(benchmarkCase.name(), statements.size(), bytes);
	}

	/** The case executed by the application's GraphQL service in process: no HTTP, no JSON. */
	private void executeInProcess(BenchmarkCase benchmarkCase, int i) {
		ExecutionGraphQlResponse response = graphQl.execute(new DefaultExecutionGraphQlRequest(benchmarkCase.document(),
				benchmarkCase.operation(), benchmarkCase.variables(), Map.of(), "p" + i, Locale.ROOT)).block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new IllegalStateException(benchmarkCase.name() + " failed in process");
		}
	}

	/** With {@code --reads=MS}: how an answer slower than MS milliseconds arrived, to stderr. */
	private void traceSlowAnswer(BenchmarkCase benchmarkCase, long nanos) {
		String threshold = options.get("reads");
		if (threshold != null && nanos / 1e6 > Double.parseDouble(threshold)) {
			System.err.printf(Locale.ROOT, "reads %s %.1f ms: %s%n", benchmarkCase.name(), nanos / 1e6, http.reads());
		}
	}

	/** The statements as the API runs them: each in a read transaction of its own, results read in full. */
	private static void replay(Driver driver, List<DriverSpy.Statement> statements) {
		TransactionConfig config = TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).build();
		try (Session session = driver.session()) {
			for (DriverSpy.Statement statement : statements) {
				session.executeRead(tx -> tx.run(statement.text(), statement.parameters()).list(), config);
			}
		}
	}

	private JsonNode post(BenchmarkCase benchmarkCase) {
		return check(benchmarkCase, exchange(body(benchmarkCase)));
	}

	/** The answer's bytes as text: the request written, the answer read to its last byte. */
	private String exchange(String request) {
		try {
			return http.post(request);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The answer parsed, or a failure of the run if it has errors. */
	private JsonNode check(BenchmarkCase benchmarkCase, String answer) {
		JsonNode tree = json.readTree(answer);
		if (tree.has("errors")) {
			throw new IllegalStateException(benchmarkCase.name() + " failed: " + tree.get("errors"));
		}
		return tree;
	}

	private String body(BenchmarkCase benchmarkCase) {
		return json.writeValueAsString(Map.of("query", benchmarkCase.document(), "operationName",
				benchmarkCase.operation(), "variables", benchmarkCase.variables()));
	}

	/** The name of the authority with the most inspection events. */
	private static String busiestAuthority(ConfigurableApplicationContext context) {
		return context.getBean(CypherReader.class)
			.list("MATCH (a:Authority)<-[:AT]-(e:Event) RETURN a.name AS name, count(e) AS events "
					+ "ORDER BY events DESC, name LIMIT 1", Map.of(), row -> row.get("name").asString())
			.stream()
			.findFirst()
			.orElse("Warwickshire");
	}

	private String firstRecurringTheme() {
		JsonNode themes = post(new BenchmarkCase("probe", BenchmarkCase.read("recurring-themes"), "RecurringThemes",
				Map.of())).at("/data/recurringThemes");
		return themes.isEmpty() ? "caseloads" : themes.get(0).at("/theme/slug").asString();
	}

}
