package uk.inspectiongraph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's Neo4j driver so that every statement it runs, on any session or
 * transaction the driver hands out, is reported to a listener with its text and parameters. The
 * tests count statements with it and the benchmark records them to replay.
 */
public final class DriverSpy implements BeanPostProcessor {

	/** One statement as the application sent it. */
	public record Statement(String text, Value parameters) {
	}

	private final Consumer<Statement> listener;

	private final Runnable transactions;

	public DriverSpy(Consumer<Statement> listener) {
		this(listener, () -> {
		});
	}

	/** A spy that also tells {@code transactions} of each explicit transaction begun. */
	public DriverSpy(Consumer<Statement> listener, Runnable transactions) {
		this.listener = listener;
		this.transactions = transactions;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
	}

	private <T> T wrap(T target, Class<T> type) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, method, args) -> {
			if (method.getName().equals("run") && args != null) {
				listener.accept(statement(args));
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Transaction transaction && method.getReturnType() == Transaction.class) {
				this.transactions.run();
				return wrap(transaction, Transaction.class);
			}
			if (result instanceof Session session && method.getReturnType().isAssignableFrom(Session.class)) {
				return wrap(session, Session.class);
			}
			return result;
		}));
	}

	@SuppressWarnings("unchecked")
	private static Statement statement(Object[] args) {
		if (args[0] instanceof Query query) {
			return new Statement(query.text(), query.parameters());
		}
		Object parameters = args.length > 1 ? args[1] : Map.of();
		Value value = parameters instanceof Value v ? v : Values.value((Map<String, Object>) parameters);
		return new Statement((String) args[0], value);
	}
}
