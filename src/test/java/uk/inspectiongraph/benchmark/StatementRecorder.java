package uk.inspectiongraph.benchmark;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.config.BeanPostProcessor;

import uk.inspectiongraph.DriverSpy;
import uk.inspectiongraph.DriverSpy.Statement;

/**
 * Records the Cypher statements (text and parameters) the application sends while recording is
 * on, through a {@link DriverSpy} on its driver, so that the benchmark can replay exactly those
 * statements directly.
 */
final class StatementRecorder implements BeanPostProcessor {

	private final List<Statement> recorded = new CopyOnWriteArrayList<>();

	private volatile boolean recording;

	private final DriverSpy spy = new DriverSpy(statement -> {
		if (recording) {
			recorded.add(statement);
		}
	});

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
		return spy.postProcessAfterInitialization(bean, beanName);
	}
}
