package uk.inspectiongraph.graph.embedded;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The driver bean exists before the database runs: the real driver is made on first use, once. */
class LazyDriverTest {

	@Test
	void closingADriverNeverUsedConnectsNothing() {
		AtomicInteger created = new AtomicInteger();
		Driver driver = LazyDriver.of(() -> {
			created.incrementAndGet();
			throw new IllegalStateException("no database");
		});

		driver.close();

		assertThat(created).hasValue(0);
		assertThat(driver).hasToString("LazyDriver[not connected]");
	}

	@Test
	void theRealDriverIsMadeOnceOnFirstUseAndClosedWithIt() {
		AtomicInteger created = new AtomicInteger();
		Driver real = GraphDatabase.driver("bolt://localhost:1", AuthTokens.none(),
				Config.builder().withoutEncryption().build());
		Driver driver = LazyDriver.of(() -> {
			created.incrementAndGet();
			return real;
		});

		assertThat(driver.isEncrypted()).isFalse();
		assertThat(driver.isEncrypted()).isFalse();
		driver.close();

		assertThat(created).hasValue(1);
		assertThatIllegalStateException().isThrownBy(real::session);
	}
}
