package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * The fixed costs the benchmark prints before its table: a request that runs no Cypher executed
 * in process (GraphQL alone), and sent through the JDK's HttpClient rather than the benchmark's
 * own {@link LoopbackHttp} (what the client alone adds).
 */
final class Baselines {

	private Baselines() {
	}

	/** Prints how long a request that runs no Cypher takes in process, without HTTP: GraphQL alone. */
	static void inProcess(ExecutionGraphQlService graphQl, int iterations) {
		Timings timings = new Timings(iterations);
		for (int i = 0; i < 2 * iterations; i++) {
			long started = System.nanoTime();
			graphQl.execute(new DefaultExecutionGraphQlRequest("{ __typename }", null, Map.of(), Map.of(), "b" + i,
					Locale.ROOT)).block();
			if (i >= iterations) {
				timings.add(System.nanoTime() - started);
			}
		}
		System.out.printf("In process, without HTTP, { __typename } takes p50 %.2f ms, p95 %.2f ms.%n%n",
				timings.percentile(50), timings.percentile(95));
	}

	/** Prints how long a request that runs no Cypher takes through the JDK's HttpClient, for comparison. */
	static void jdkHttpClient(URI endpoint, String body, int iterations) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		Timings timings = new Timings(iterations);
		for (int i = 0; i < 2 * iterations; i++) {
			long started = System.nanoTime();
			client.send(request, HttpResponse.BodyHandlers.ofString());
			if (i >= iterations) {
				timings.add(System.nanoTime() - started);
			}
		}
		System.out.printf("Through the JDK HttpClient instead of the benchmark's client, { __typename } takes p50 %.2f ms, "
				+ "p95 %.2f ms.%n%n", timings.percentile(50), timings.percentile(95));
	}

}
