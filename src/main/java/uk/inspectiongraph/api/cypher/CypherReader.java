package uk.inspectiongraph.api.cypher;


import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.protection.RequestBudget;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the API's read-only Cypher through {@link Neo4jClient}: one statement per call, every value
 * a parameter, in a read-only transaction the database stops after
 * {@code inspection-graph.api.query-timeout}, or sooner when less than that is left of the request's
 * {@link RequestBudget}. Within a GraphQL query the statement joins the query's one read
 * transaction ({@link RequestReads}, whose timeout is the request's budget) rather than beginning
 * its own; a statement is still refused once nothing is left of the budget. Every query of the
 * GraphQL API goes through here.
 */
@Component
public class CypherReader {

	private final Neo4jClient neo4j;

	private final TransactionTemplate reads;

	private final PlatformTransactionManager transactions;

	private final ApiProperties properties;

	CypherReader(Neo4jClient neo4j, PlatformTransactionManager transactions, ApiProperties properties) {
		this.neo4j = neo4j;
		this.transactions = transactions;
		this.properties = properties;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.reads.setTimeout(seconds(properties.queryTimeout()));
	}

	/** Every row the statement returns, each mapped. */
	@SuppressWarnings("unchecked")
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		List<T> rows = transaction().execute(status -> List.copyOf(neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, row) -> mapper.apply(row))
			.all()
			.stream()
			.map(row -> (T) row)
			.toList()));
		return rows == null ? List.of() : rows;
	}

	/** The statement's only row, mapped, if it returns one. */
	public <T> Optional<T> one(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return list(cypher, parameters, mapper).stream().findFirst();
	}

	/** The read transaction to run in: the configured one, or one with what is left of the request's budget. */
	private TransactionTemplate transaction() {
		Duration left = RequestBudget.remaining();
		if (left == null || left.compareTo(properties.queryTimeout()) >= 0) {
			return reads;
		}
		if (left.isNegative() || left.isZero()) {
			throw new RequestBudgetExceededException(properties.requestBudget());
		}
		TransactionTemplate shorter = new TransactionTemplate(transactions, reads);
		shorter.setTimeout(seconds(left));
		return shorter;
	}

	private static int seconds(Duration duration) {
		return (int) Math.max(1, Math.ceil(duration.toMillis() / 1000.0));
	}
}
