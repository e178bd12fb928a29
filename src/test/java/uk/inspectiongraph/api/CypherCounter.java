package uk.inspectiongraph.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the Cypher statements the application sends: wraps the driver so that every
 * {@code run} on a session or transaction it hands out is counted. Registered as a bean post
 * processor in the API tests.
 */
class CypherCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	int reset() {
		return statements.getAndSet(0);
	}

	int count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
	}

	private <T> T wrap(T target, Class<T> type) {
		Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, method, args) -> {
			if (method.getName().equals("run")) {
				statements.incrementAndGet();
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
				return wrap(transaction, Transaction.class);
			}
			if (result instanceof Session session && method.getReturnType().isAssignableFrom(Session.class)) {
				return wrap(session, Session.class);
			}
			return result;
		});
		return type.cast(proxy);
	}
}
