package uk.inspectiongraph.api.protection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the GraphQL API: how deep and how large a query may be, how long its Cypher may run,
 * and how many items a page holds.
 *
 * @param maxDepth the deepest field nesting a query may have
 * @param maxComplexity the most fields (weighted by page size) a query may ask for
 * @param queryTimeout how long one Cypher transaction may run before the database stops it
 * @param defaultPageSize the page size when a query gives no {@code first}
 * @param maxPageSize the largest {@code first} a query may ask for
 * @param maxRootFields the most top-level fields (aliases included) one operation may ask for:
 *        each runs statements of its own, so this bounds a request's work where complexity cannot
 * @param requestBudget how long all the Cypher of one request may run in total
 * @param maxRequestSize the largest body a GraphQL request may have (an {@code ingestDocument}
 *        carries its document in base64, a third larger than the file)
 */
@ConfigurationProperties("inspection-graph.api")
public record ApiProperties(@DefaultValue("12") int maxDepth, @DefaultValue("2000") int maxComplexity,
		@DefaultValue("10s") Duration queryTimeout, @DefaultValue("20") int defaultPageSize,
		@DefaultValue("100") int maxPageSize, @DefaultValue("20") int maxRootFields,
		@DefaultValue("15s") Duration requestBudget, @DefaultValue("80MB") DataSize maxRequestSize) {

	/** The page size to use for {@code first}, or a {@link InvalidArgumentException} saying how to fix it. */
	public int pageSize(Integer first) {
		return first == null ? defaultPageSize
				: checked(first, "ask for at most " + maxPageSize + " items and page on with `after`.");
	}

	/**
	 * The most items a list without pages may give for {@code first} ({@link Integer#MAX_VALUE}, all of
	 * them, when it is not given), or a {@link InvalidArgumentException} saying how to fix it.
	 */
	public int limit(Integer first) {
		return first == null ? Integer.MAX_VALUE : checked(first, "leave it out for every item.");
	}

	private int checked(int first, String advice) {
		if (first < 1 || first > maxPageSize) {
			throw new InvalidArgumentException(
					"first must be between 1 and " + maxPageSize + " (was " + first + "): " + advice);
		}
		return first;
	}
}
