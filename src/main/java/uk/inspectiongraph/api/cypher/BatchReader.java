package uk.inspectiongraph.api.cypher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Runs the batched statements behind {@code @BatchMapping} fields and data loaders, so that a field
 * costs one statement per level of the query whatever the number of parents. A batched statement
 * takes the parents' distinct keys as {@code $keys} and returns a row per key and child, the key in
 * column {@code key}; each parent gets back its children in row order (an empty list when there are
 * none) or its single child (left out, so the field resolves to null, when there is none).
 */
@Component
public class BatchReader {

	private final CypherReader cypher;

	BatchReader(CypherReader cypher) {
		this.cypher = cypher;
	}

	/** The child of a row held in the column {@code value}, as most batched statements return it. */
	public static <V> Function<Record, V> value(Function<Value, V> mapper) {
		return row -> mapper.apply(row.get("value"));
	}

	/** Each parent's children, in row order; a parent without rows gets an empty list. */
	public <P, V> Map<P, List<V>> lists(String statement, Collection<P> parents, Function<P, String> keyOf,
			Function<Record, V> child) {
		return lists(statement, Map.of(), parents, keyOf, child);
	}

	/** The same, for a statement that reads more parameters than {@code $keys}. */
	public <P, V> Map<P, List<V>> lists(String statement, Map<String, Object> parameters, Collection<P> parents,
			Function<P, String> keyOf, Function<Record, V> child) {
		Map<String, List<V>> byKey = new HashMap<>();
		rows(statement, parameters, parents, keyOf, child)
			.forEach(row -> byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.value()));
		Map<P, List<V>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, byKey.getOrDefault(keyOf.apply(parent), List.of())));
		return result;
	}

	/** Each parent's child; a parent without a row, or whose child is null, is left out. */
	public <P, V> Map<P, V> singles(String statement, Collection<P> parents, Function<P, String> keyOf,
			Function<Record, V> child) {
		return singles(statement, Map.of(), parents, keyOf, child);
	}

	/** The same, for a statement that reads more parameters than {@code $keys}. */
	public <P, V> Map<P, V> singles(String statement, Map<String, Object> parameters, Collection<P> parents,
			Function<P, String> keyOf, Function<Record, V> child) {
		Map<String, V> byKey = new HashMap<>();
		rows(statement, parameters, parents, keyOf, child).forEach(row -> byKey.putIfAbsent(row.key(), row.value()));
		Map<P, V> result = new LinkedHashMap<>();
		parents.forEach(parent -> {
			V value = byKey.get(keyOf.apply(parent));
			if (value != null) {
				result.put(parent, value);
			}
		});
		return result;
	}

	/** The statement's rows for the parents' distinct non-null keys, each with its key. */
	private <P, V> List<Keyed<V>> rows(String statement, Map<String, Object> parameters, Collection<P> parents,
			Function<P, String> keyOf, Function<Record, V> child) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("keys", parents.stream().map(keyOf).filter(Objects::nonNull).distinct().toList());
		return cypher.list(statement, all, row -> new Keyed<>(row.get("key").asString(), child.apply(row)));
	}

	/** A row of a batched statement: a parent's key and one child for it. */
	private record Keyed<V>(String key, V value) {
	}
}
