package uk.inspectiongraph.api.protection;

import uk.inspectiongraph.api.cypher.CypherReader;

import java.time.Duration;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives each GraphQL request one time budget ({@code inspection-graph.api.request-budget}) for all
 * the Cypher it runs, on top of the per-statement {@code query-timeout}: a request of many fields,
 * each cheap alone, cannot hold a thread and the database for longer than that. The API's data
 * fetchers run on the thread that executes the request, so the deadline is kept per thread, set
 * when execution starts and cleared when it ends; {@link CypherReader} shortens each transaction's
 * timeout to what is left and refuses a statement once nothing is.
 */
@Component
public class RequestBudget implements WebGraphQlInterceptor {

	private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

	private final Duration budget;

	RequestBudget(ApiProperties properties) {
		this.budget = properties.requestBudget();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.defer(() -> {
			DEADLINE.set(System.nanoTime() + budget.toNanos());
			return chain.next(request);
		}).doFinally(signal -> DEADLINE.remove());
	}

	/** Runs {@code work} with a budget of its own (for callers outside a GraphQL request, and tests). */
	static <T> T within(Duration budget, Supplier<T> work) {
		Long outer = DEADLINE.get();
		DEADLINE.set(System.nanoTime() + budget.toNanos());
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				DEADLINE.remove();
			}
			else {
				DEADLINE.set(outer);
			}
		}
	}

	/** What is left of the current request's budget, or null outside a request. */
	public static Duration remaining() {
		Long deadline = DEADLINE.get();
		return deadline == null ? null : Duration.ofNanos(deadline - System.nanoTime());
	}
}
