package uk.inspectiongraph.api.cypher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Runs the batched statements behind {@code @BatchMapping} fields and data loaders, so that a field
 * costs one statement per level of the query whatever the number of parents. A batched statement
 * takes the parents' distinct keys as {@code $keys} and returns a row per key and child, the key in
 * column {@code key}; each parent gets back its children in row order (an empty list when there are
 * none) or its single child (left out, so the field resolves to null, when there is none). A
 * parent whose value a statement of the same query already read ({@link #prime}) gets that value
 * without running the statement; only the other parents' keys are asked for.
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

	/**
	 * Keeps, for the rest of this GraphQL query, what {@code statement} would answer for the parent
	 * of {@code key}: its list of children for a statement read by {@link #lists}, its child (or null
	 * for none) for one read by {@link #singles}.
	 */
	public static void prime(String statement, String key, Object value) {
		Primed.put(statement, key, value);
	}

	/** Each parent's children, in row order; a parent without rows gets an empty list. */
	public <P, V> Map<P, List<V>> lists(String statement, Collection<P> parents, Function<P, String> keyOf,
			Function<Record, V> child) {
		return lists(statement, Map.of(), parents, keyOf, child);
	}

	/** The same, for a statement that reads more parameters than {@code $keys}. */
	@SuppressWarnings("unchecked")
	public <P, V> Map<P, List<V>> lists(String statement, Map<String, Object> parameters, Collection<P> parents,
			Function<P, String> keyOf, Function<Record, V> child) {
		Map<String, List<V>> byKey = new HashMap<>();
		Map<String, Object> primed = parameters.isEmpty() ? Primed.of(statement) : Map.of();
		primed.forEach((key, value) -> byKey.put(key, (List<V>) value));
		rows(statement, parameters, parents, keyOf, child, primed.keySet())
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
	@SuppressWarnings("unchecked")
	public <P, V> Map<P, V> singles(String statement, Map<String, Object> parameters, Collection<P> parents,
			Function<P, String> keyOf, Function<Record, V> child) {
		Map<String, V> byKey = new HashMap<>();
		Map<String, Object> primed = parameters.isEmpty() ? Primed.of(statement) : Map.of();
		primed.forEach((key, value) -> byKey.put(key, (V) value));
		rows(statement, parameters, parents, keyOf, child, primed.keySet())
			.forEach(row -> byKey.putIfAbsent(row.key(), row.value()));
		Map<P, V> result = new LinkedHashMap<>();
		parents.forEach(parent -> {
			V value = byKey.get(keyOf.apply(parent));
			if (value != null) {
				result.put(parent, value);
			}
		});
		return result;
	}

	/** The statement's rows for the parents' distinct non-null keys not already known, each with its key. */
	private <P, V> List<Keyed<V>> rows(String statement, Map<String, Object> parameters, Collection<P> parents,
			Function<P, String> keyOf, Function<Record, V> child, Set<String> known) {
		List<String> keys = parents.stream().map(keyOf).filter(Objects::nonNull).distinct()
			.filter(key -> !known.contains(key)).toList();
		if (keys.isEmpty()) {
			return List.of();
		}
		Map<String, Object> all = new HashMap<>(parameters);
		all.put("keys", keys);
		return cypher.list(statement, all, row -> new Keyed<>(row.get("key").asString(), child.apply(row)));
	}

	/** A row of a batched statement: a parent's key and one child for it. */
	private record Keyed<V>(String key, V value) {
	}
}
