package uk.inspectiongraph.graph.embedded;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;

/**
 * A {@link Driver} that creates the real one on first use, so the driver bean (and everything built
 * on it) exists before the embedded database has finished starting. Closing a driver that was never
 * used does nothing.
 */
final class LazyDriver implements InvocationHandler {

	private final Supplier<Driver> factory;

	private volatile Driver driver;

	private LazyDriver(Supplier<Driver> factory) {
		this.factory = factory;
	}

	static Driver of(Supplier<Driver> factory) {
		return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] { Driver.class },
				new LazyDriver(factory));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		switch (method.getName()) {
			case "toString" -> {
				return "LazyDriver[" + (driver == null ? "not connected" : driver) + "]";
			}
			case "hashCode" -> {
				return System.identityHashCode(proxy);
			}
			case "equals" -> {
				return proxy == args[0];
			}
			case "close" -> {
				if (driver != null) {
					driver.close();
				}
				return null;
			}
			default -> {
				try {
					return method.invoke(driver(), args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			}
		}
	}

	private Driver driver() {
		Driver current = driver;
		if (current == null) {
			synchronized (this) {
				if (driver == null) {
					driver = factory.get();
				}
				current = driver;
			}
		}
		return current;
	}
}
