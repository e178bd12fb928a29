package uk.inspectiongraph.api.cypher;

import java.util.HashMap;
import java.util.Map;

/**
 * Children read ahead for the rest of one GraphQL query: when a statement that answers a whole
 * tree (an authority with its events, their judgements and inspectors) has already read what a
 * batched statement would read, it leaves each parent's value here, under that statement and the
 * parent's key, and {@link BatchReader} hands it out instead of running the statement again. The
 * store lives as long as the operation ({@link RequestReads}), on the thread that
 * executes the request, as the API's data fetchers do; outside a query nothing is kept.
 */
final class Primed {

	private static final ThreadLocal<Map<String, Map<String, Object>>> STORE = new ThreadLocal<>();

	private Primed() {
	}

	static void open() {
		STORE.set(new HashMap<>());
	}

	static void close() {
		STORE.remove();
	}

	/** Keeps {@code value} (null for "none") as the answer of {@code statement} for {@code key}. */
	static void put(String statement, String key, Object value) {
		Map<String, Map<String, Object>> store = STORE.get();
		if (store != null && key != null) {
			store.computeIfAbsent(statement, s -> new HashMap<>()).put(key, value);
		}
	}

	/** What was kept for {@code statement}, by key; empty when nothing was. */
	static Map<String, Object> of(String statement) {
		Map<String, Map<String, Object>> store = STORE.get();
		return store == null ? Map.of() : store.getOrDefault(statement, Map.of());
	}
}
