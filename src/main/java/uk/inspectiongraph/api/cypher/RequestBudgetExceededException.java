package uk.inspectiongraph.api.cypher;

import uk.inspectiongraph.api.protection.InvalidArgumentException;

import java.time.Duration;

/**
 * A request that asked for more than its time budget allows: the fields that had not run when it
 * ran out are answered with this error, a {@code BAD_REQUEST} saying how to ask instead.
 */
public class RequestBudgetExceededException extends InvalidArgumentException {

	RequestBudgetExceededException(Duration budget) {
		super("This request used up its time budget of " + budget.toSeconds()
				+ " s before this field could run: ask for fewer fields in one request, or narrow them with from/to or where.");
	}
}
