package uk.inspectiongraph.api.cypher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hands the rows of one batched Cypher statement back to the parents that asked for them, the
 * shape {@code @BatchMapping} methods return: every parent gets its list (empty when the
 * statement found nothing for it) or its single value.
 */
public final class Batches {

	private Batches() {
	}

	/** A row of a batched statement: the parent's key and one value for it. */
	public record Keyed<K, V>(K key, V value) {
	}

	/** Each parent's values, in row order; parents without rows get an empty list. */
	public static <P, K, V> Map<P, List<V>> lists(Collection<P> parents, Function<P, K> keyOf, List<Keyed<K, V>> rows) {
		Map<K, List<V>> byKey = new HashMap<>();
		rows.forEach(row -> byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.value()));
		Map<P, List<V>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, byKey.getOrDefault(keyOf.apply(parent), List.of())));
		return result;
	}

	/** Each parent's value; parents without a row are left out (the field resolves to null). */
	public static <P, K, V> Map<P, V> singles(Collection<P> parents, Function<P, K> keyOf, List<Keyed<K, V>> rows) {
		Map<K, V> byKey = new HashMap<>();
		rows.forEach(row -> byKey.putIfAbsent(row.key(), row.value()));
		Map<P, V> result = new LinkedHashMap<>();
		parents.forEach(parent -> {
			V value = byKey.get(keyOf.apply(parent));
			if (value != null) {
				result.put(parent, value);
			}
		});
		return result;
	}

	/** The distinct non-null keys of the parents, as a Cypher parameter. */
	public static <P, K> List<K> keys(Collection<P> parents, Function<P, K> keyOf) {
		return parents.stream().map(keyOf).filter(java.util.Objects::nonNull).distinct().toList();
	}
}
