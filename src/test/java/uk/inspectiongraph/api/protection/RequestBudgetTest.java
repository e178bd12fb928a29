package uk.inspectiongraph.api.protection;

import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.cypher.RequestBudgetExceededException;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request's time budget bounds all its Cypher: each statement gets at most what is left of it. */
@EmbeddedGraphTest
class RequestBudgetTest {

	private static final String ENDLESS = "UNWIND range(1, 10000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n";

	@Autowired
	CypherReader cypher;

	@Test
	void aStatementAfterTheBudgetIsSpentIsRefusedWithAdvice() {
		assertThatThrownBy(() -> RequestBudget.within(Duration.ZERO,
				() -> cypher.list("RETURN 1 AS n", Map.of(), row -> row.get("n").asLong())))
			.isInstanceOf(RequestBudgetExceededException.class)
			.hasMessageContaining("time budget of 15 s")
			.hasMessageContaining("fewer fields");
	}

	@Test
	void aStatementIsStoppedWhenTheRequestsBudgetRunsOutNotAfterTheWholeQueryTimeout() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> RequestBudget.within(Duration.ofMillis(1500),
				() -> cypher.list(ENDLESS, Map.of(), row -> row.get("n").asLong())))
			.isInstanceOf(DataAccessException.class)
			.satisfies(ex -> assertThat(GraphQlErrors.isTimeout(ex)).isTrue());

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
	}

	@Test
	void outsideARequestStatementsRunWithTheQueryTimeoutAlone() {
		assertThat(RequestBudget.remaining()).isNull();
		assertThat(cypher.list("RETURN 1 AS n", Map.of(), row -> row.get("n").asLong())).containsExactly(1L);
	}
}
