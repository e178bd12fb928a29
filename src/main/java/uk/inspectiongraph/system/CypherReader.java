package uk.inspectiongraph.system;

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
 * {@code inspection-graph.api.query-timeout}. Every query of the GraphQL API goes through here.
 */
@Component
public class CypherReader {

	private final Neo4jClient neo4j;

	private final TransactionTemplate reads;

	CypherReader(Neo4jClient neo4j, PlatformTransactionManager transactions, ApiProperties properties) {
		this.neo4j = neo4j;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.reads.setTimeout((int) Math.max(1, Math.ceil(properties.queryTimeout().toMillis() / 1000.0)));
	}

	/** Every row the statement returns, each mapped. */
	@SuppressWarnings("unchecked")
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		List<T> rows = reads.execute(status -> List.copyOf(neo4j.query(cypher)
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
}
