package uk.inspectiongraph.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the Cypher statements (text and parameters) the application sends while recording is
 * on, by wrapping its driver, so that the benchmark can replay exactly those statements directly.
 */
final class StatementRecorder implements BeanPostProcessor {

	/** One statement as sent. */
	record Statement(String text, Value parameters) {
	}

	private final List<Statement> recorded = new CopyOnWriteArrayList<>();

	private volatile boolean recording;

	List<Statement> record(Runnable request) {
		recorded.clear();
		recording = true;
		try {
			request.run();
		}
		finally {
			recording = false;
		}
		return List.copyOf(recorded);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof Driver driver ? wrap(driver, Driver.class) : bean;
	}

	private <T> T wrap(T target, Class<T> type) {
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, method, args) -> {
			if (recording && method.getName().equals("run") && args != null) {
				recorded.add(statement(args));
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
