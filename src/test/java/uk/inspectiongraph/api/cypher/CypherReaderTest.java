package uk.inspectiongraph.api.cypher;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.inspectiongraph.EmbeddedGraphTest;
import uk.inspectiongraph.domain.Polarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API's reads as auto-commit statements: parameters reach the database as the driver takes
 * them, a failing statement surfaces as Spring's exception (which the GraphQL error mapping reads),
 * and a read inside a writer's transaction sees that transaction's own writes.
 */
@EmbeddedGraphTest
class CypherReaderTest {

	@Autowired
	CypherReader cypher;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void enumsAtAnyDepthArriveByName() {
		Map<String, Object> parameters = Map.of("one", Polarity.CONCERN,
				"many", List.of(Polarity.STRENGTH, Polarity.CONCERN), "nested", Map.of("p", Polarity.CONCERN));

		List<String> values = cypher.list("RETURN [$one] + $many + [$nested.p] AS v", parameters,
				row -> row.get("v").asList(value -> value.asString())).get(0);

		assertThat(values).containsExactly("CONCERN", "STRENGTH", "CONCERN", "CONCERN");
	}

	@Test
	void aStatementTheDatabaseRefusesSurfacesAsDataAccessException() {
		assertThatThrownBy(() -> cypher.list("RETURN 1 +", Map.of(), row -> row.get(0).asLong()))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void insideAWritersTransactionAReadSeesItsUncommittedWrites() {
		TransactionTemplate writer = new TransactionTemplate(transactions);

		Long seen = writer.execute(status -> {
			cypher.list("CREATE (:CypherReaderProbe {n: 7}) RETURN 1 AS x", Map.of(), row -> row.get("x").asLong());
			Long n = cypher.one("MATCH (p:CypherReaderProbe) RETURN p.n AS n", Map.of(), row -> row.get("n").asLong())
				.orElse(null);
			status.setRollbackOnly();
			return n;
		});

		assertThat(seen).isEqualTo(7L);
		assertThat(cypher.list("MATCH (p:CypherReaderProbe) RETURN p", Map.of(), row -> row)).isEmpty();
	}
}
