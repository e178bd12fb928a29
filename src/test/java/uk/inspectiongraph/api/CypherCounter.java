package uk.inspectiongraph.api;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;

import uk.inspectiongraph.DriverSpy;

/**
 * Counts the Cypher statements the application sends, through a {@link DriverSpy} on its driver.
 * Registered as a bean post processor in the API tests.
 */
class CypherCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final DriverSpy spy = new DriverSpy(statement -> statements.incrementAndGet());

	int reset() {
		return statements.getAndSet(0);
	}

	int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return spy.postProcessAfterInitialization(bean, beanName);
	}
}
