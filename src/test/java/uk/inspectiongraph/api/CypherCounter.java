package uk.inspectiongraph.api;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;

import uk.inspectiongraph.DriverSpy;

/**
 * Counts the Cypher statements the application sends, and the transactions it begins, through a
 * {@link DriverSpy} on its driver.
 * Registered as a bean post processor in the API tests.
 */
class CypherCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	private final DriverSpy spy = new DriverSpy(statement -> statements.incrementAndGet(),
			transactions::incrementAndGet);

	/** The statements counted since the last reset; both counts start again from zero. */
	int reset() {
		transactions.set(0);
		return statements.getAndSet(0);
	}

	/** The explicit transactions begun since the last reset. */
	int transactions() {
		return transactions.get();
	}

	int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return spy.postProcessAfterInitialization(bean, beanName);
	}
}
