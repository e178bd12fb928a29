package uk.inspectiongraph.graph.write;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cypher for a multiset kept on a node or relationship as two aligned lists, the distinct values
 * in ascending order and how many contributions hold each: what lets a roll-up take one
 * contribution away as exactly as it added it (a distinct list or a minimum alone could not say
 * whether another contribution still holds a value). The lists are bounded by what the values
 * are (authorities, dates of a year, years), not by how many contributions there are.
 */
final class Multisets {

	private Multisets() {
	}

	/**
	 * A subquery that returns {@code out} and {@code outCounts}: the multiset {@code owner.values} /
	 * {@code owner.counts} with each item of the list {@code items} added ({@code sign} 1) or taken
	 * away ({@code sign} -1); values whose count falls to 0 go.
	 */
	static String merge(String owner, String values, String counts, String items, int sign, String out) {
		return """
				CALL (%1$s, %4$s) {
				  CALL (%1$s, %4$s) {
				    UNWIND range(0, size(%1$s.%2$s) - 1) AS i
				    RETURN %1$s.%2$s[i] AS value, %1$s.%3$s[i] AS n
				    UNION ALL
				    UNWIND %4$s AS value
				    RETURN value, %5$d AS n
				  }
				  WITH value, sum(n) AS n
				  WHERE n > 0
				  WITH value, n ORDER BY value
				  RETURN collect(value) AS %6$s, collect(n) AS %6$sCounts
				}
				""".formatted(owner, values, counts, items, sign, out);
	}

	/**
	 * {@link #merge} for items that carry sums beside their value: each item is a map with
	 * {@code value} and one entry per name of {@code sums}, and each sum is kept as a list aligned
	 * with the values ({@code owner.<sum>}), added to or taken from with the item's count. Returns
	 * {@code out}, {@code outCounts} and, per sum, {@code out_<sum>}.
	 */
	static String mergeWithSums(String owner, String values, String counts, List<String> sums, String items, int sign,
			String out) {
		String stored = sums.stream().map(sum -> ", %s.%s[i] AS %s".formatted(owner, sum, sum)).collect(Collectors.joining());
		String added = sums.stream().map(sum -> ", %d * item.%s AS %s".formatted(sign, sum, sum)).collect(Collectors.joining());
		String summed = sums.stream().map(sum -> ", sum(%s) AS %s".formatted(sum, sum)).collect(Collectors.joining());
		String kept = sums.stream().map(sum -> ", " + sum).collect(Collectors.joining());
		String collected = sums.stream().map(sum -> ", collect(%s) AS %s_%s".formatted(sum, out, sum))
			.collect(Collectors.joining());
		return """
				CALL (%1$s, %4$s) {
				  CALL (%1$s, %4$s) {
				    UNWIND range(0, size(%1$s.%2$s) - 1) AS i
				    RETURN %1$s.%2$s[i] AS value, %1$s.%3$s[i] AS n%6$s
				    UNION ALL
				    UNWIND %4$s AS item
				    RETURN item.value AS value, %5$d AS n%7$s
				  }
				  WITH value, sum(n) AS n%8$s
				  WHERE n > 0
				  WITH value, n%9$s ORDER BY value
				  RETURN collect(value) AS %10$s, collect(n) AS %10$sCounts%11$s
				}
				""".formatted(owner, values, counts, items, sign, stored, added, summed, kept, out, collected);
	}
}
