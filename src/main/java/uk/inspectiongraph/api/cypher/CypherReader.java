package uk.inspectiongraph.api.cypher;

import uk.inspectiongraph.api.protection.ApiProperties;
import uk.inspectiongraph.api.protection.RequestBudget;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the API's read-only Cypher, one statement per call, every value a parameter. Each statement
 * is an auto-commit read: the driver sends it and pulls its rows in one round trip, where an explicit
 * transaction costs two more (begin, and rollback or commit) for a statement that writes nothing;
 * Neo4j reads at read-committed isolation, so one transaction around a request's statements would
 * not give them one snapshot either. The statement's timeout is {@code inspection-graph.api.query-timeout},
 * or less when less is left of the request's {@link RequestBudget}; a statement is refused once
 * nothing is. Inside a transaction Spring manages (a writer's, or a test's) the statement joins it
 * through {@link Neo4jClient}, so it sees that transaction's writes. Rows are mapped on the calling
 * thread, not the driver's, as mappers may leave values for the rest of the query ({@link BatchReader#prime}).
 * Every query of the GraphQL API goes through here.
 */
@Component
public class CypherReader {

	private static final Neo4jPersistenceExceptionTranslator TRANSLATOR = new Neo4jPersistenceExceptionTranslator();

	private final Driver driver;

	private final Neo4jClient neo4j;

	private final DatabaseSelectionProvider databases;

	private final ApiProperties properties;

	CypherReader(Driver driver, Neo4jClient neo4j, DatabaseSelectionProvider databases, ApiProperties properties) {
		this.driver = driver;
		this.neo4j = neo4j;
		this.databases = databases;
		this.properties = properties;
	}

	/** Every row the statement returns, each mapped. */
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		Duration timeout = timeout();
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return inSpringTransaction(cypher, parameters, mapper);
		}
		try (Session session = driver.session(sessionConfig())) {
			List<Record> rows = session.run(new Query(cypher, driverValues(parameters)),
					TransactionConfig.builder().withTimeout(timeout).build()).list();
			return rows.stream().map(mapper).toList();
		}
		catch (RuntimeException ex) {
			DataAccessException translated = TRANSLATOR.translateExceptionIfPossible(ex);
			throw translated == null ? ex : translated;
		}
	}

	/** The statement's only row, mapped, if it returns one. */
	public <T> Optional<T> one(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return list(cypher, parameters, mapper).stream().findFirst();
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> inSpringTransaction(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, row) -> mapper.apply(row))
			.all()
			.stream()
			.map(row -> (T) row)
			.toList();
	}

	private SessionConfig sessionConfig() {
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
		String database = databases.getDatabaseSelection().getValue();
		return (database == null ? config : config.withDatabase(database)).build();
	}

	/** The configured timeout, or what is left of the request's budget when that is less. */
	private Duration timeout() {
		Duration left = RequestBudget.remaining();
		if (left == null || left.compareTo(properties.queryTimeout()) >= 0) {
			return properties.queryTimeout();
		}
		if (left.isNegative() || left.isZero()) {
			throw new RequestBudgetExceededException(properties.requestBudget());
		}
		return left;
	}

	/** The parameters as the driver takes them: enums by name, at any depth of lists and maps. */
	static Map<String, Object> driverValues(Map<String, Object> parameters) {
		Map<String, Object> values = new LinkedHashMap<>();
		parameters.forEach((name, value) -> values.put(name, driverValue(value)));
		return values;
	}

	private static Object driverValue(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Collection<?> items) {
			return items.stream().map(CypherReader::driverValue).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> converted = new LinkedHashMap<>();
			map.forEach((key, item) -> converted.put(key, driverValue(item)));
			return converted;
		}
		return value;
	}
}
