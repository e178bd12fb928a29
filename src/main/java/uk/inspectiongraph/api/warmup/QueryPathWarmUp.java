package uk.inspectiongraph.api.warmup;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends the app's own GraphQL endpoint a short run of small questions once it is ready, so that
 * the first analysts after a start do not pay for the JIT compiler's learning. A freshly started
 * JVM answers an authority's profile several times slower than it does after a thousand or so
 * requests (measured in docs/benchmarks.md, "Warm-up"), because HTTP, Spring GraphQL, GraphQL
 * Java, the JSON writer and the Neo4j driver all run interpreted until then. The requests go
 * through the whole HTTP stack, on one background thread, and stop after
 * {@code inspection-graph.warm-up.requests} or {@code limit}, whichever comes first, resting after
 * each as long as it took ({@code pace}: at full speed, the collector grew the heap for it until
 * RSS passed 1 GB; docs/benchmarks.md, "The backfill's peak"); a failed
 * request is logged and skipped (on a busy machine at start one can run past its time budget),
 * and three failures in a row end the warm-up. It changes nothing in the graph.
 */
@Component
class QueryPathWarmUp {

	private static final Logger log = LoggerFactory.getLogger(QueryPathWarmUp.class);

	private static final int MAX_FAILURES_IN_A_ROW = 3;

	private final WarmUpProperties properties;

	private final Environment environment;

	QueryPathWarmUp(WarmUpProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@EventListener
	void onReady(ApplicationReadyEvent ready) {
		if (properties.requests() <= 0 || !(ready.getApplicationContext() instanceof WebServerApplicationContext web)
				|| web.getWebServer() == null || web.getWebServer().getPort() <= 0) {
			return;
		}
		RestClient client = RestClient.builder().baseUrl(endpoint(web.getWebServer().getPort())).build();
		Thread thread = new Thread(() -> warmUp(client), "query-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Sends the questions; the number answered. A request that fails (on a machine busy at start,
	 * one can run past its time budget) is skipped; three failures in a row end the warm-up.
	 */
	int warmUp(RestClient client) {
		long started = System.nanoTime();
		long deadline = started + properties.limit().toNanos();
		int sent = 0;
		int answered = 0;
		int failedInARow = 0;
		try {
			List<String> authorities = authorityNames(client);
			while (sent < properties.requests() && System.nanoTime() < deadline
					&& failedInARow < MAX_FAILURES_IN_A_ROW) {
				long asked = System.nanoTime();
				boolean ok = ask(client, WarmUpQuestions.request(sent++, authorities));
				rest(System.nanoTime() - asked, deadline);
				answered += ok ? 1 : 0;
				failedInARow = ok ? 0 : failedInARow + 1;
			}
			log.info("Warmed the query paths with {} requests ({} answered) in {} ms", sent, answered,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		catch (RuntimeException ex) {
			log.warn("The query warm-up stopped after {} requests: {}", sent, ex.getMessage());
		}
		return answered;
	}

	/**
	 * Rests {@code pace} times as long as the last request took, never past the deadline; an
	 * interrupt ends the rest early.
	 */
	private void rest(long requestNanos, long deadline) {
		long nanos = Math.min((long) (requestNanos * properties.pace()), deadline - System.nanoTime());
		if (nanos > 0) {
			try {
				Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Asks one question; whether it was answered without errors (a failure is logged). */
	private static boolean ask(RestClient client, Map<String, Object> request) {
		try {
			post(client, request);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("A warm-up request failed: {}", ex.getMessage());
			return false;
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> authorityNames(RestClient client) {
		Map<String, Object> answer = post(client, Map.of("query", WarmUpQuestions.AUTHORITY_NAMES));
		Map<String, Object> data = (Map<String, Object>) answer.get("data");
		List<String> names = new ArrayList<>();
		for (Map<String, Object> authority : (List<Map<String, Object>>) data.get("authorities")) {
			names.add((String) authority.get("name"));
		}
		return names.subList(0, Math.min(names.size(), 24));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> post(RestClient client, Map<String, Object> body) {
		Map<String, Object> answer = client.post().contentType(MediaType.APPLICATION_JSON).body(body)
			.retrieve().body(Map.class);
		if (answer == null || answer.containsKey("errors")) {
			throw new IllegalStateException("the API answered " + answer);
		}
		return answer;
	}

	private String endpoint(int port) {
		String address = environment.getProperty("server.address", "127.0.0.1");
		String host = isWildcard(address) ? "127.0.0.1" : address.contains(":") ? "[" + address + "]" : address;
		return "http://" + host + ":" + port + environment.getProperty("spring.graphql.http.path", "/graphql");
	}

	private static boolean isWildcard(String address) {
		try {
			return InetAddress.getByName(address).isAnyLocalAddress();
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}
}
