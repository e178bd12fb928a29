package uk.inspectiongraph.benchmark;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Where the server's time for the last request went, seen from inside the application: a servlet
 * filter at the head of the chain (beside Spring Boot's character-encoding filter, which has the
 * same order) times the whole request in the server, and a GraphQL interceptor marks when GraphQL
 * handling started and when execution ended (Cypher, mapping, GraphQL Java). What comes after is
 * the JSON and the write to the socket. Spring GraphQL's handler answers through an asynchronous
 * dispatch of the request, in which the JSON is written, so the filter is registered for that
 * dispatch too ({@link BenchmarkApplication}): the request's first dispatch starts the clock and
 * the exit of the last one stops it. What the client measures beyond the filter is the transfer
 * and Tomcat's hand-offs. The benchmark asks one request at a time, so the last request's figures
 * are enough.
 */
final class ServerTimings implements Filter, WebGraphQlInterceptor, Ordered {

	private volatile long entered;

	private volatile long intercepted;

	private volatile long executed;

	private volatile long left;

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request.getDispatcherType() == DispatcherType.REQUEST) {
			entered = System.nanoTime();
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			left = System.nanoTime();
		}
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		intercepted = System.nanoTime();
		return chain.next(request).doOnNext(response -> executed = System.nanoTime());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** Nanoseconds from the filter's entry to the start of GraphQL handling (filters, MVC, the body read). */
	long untilIntercepted() {
		return intercepted - entered;
	}

	/** Nanoseconds from the filter's entry to the end of GraphQL execution, for the last request. */
	long untilExecuted() {
		return executed - entered;
	}

	/** Nanoseconds from the filter's first entry to its last exit for the last request: execution, JSON and the write. */
	long inServer() {
		return left - entered;
	}
}
