package uk.inspectiongraph.graph.embedded;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Starts the embedded Neo4j as soon as the application's settings are known, before Spring has
 * even read its bean definitions, and hands the starting database to the application context as
 * the {@link EmbeddedDatabase} bean. Registered in {@code META-INF/spring.factories}, so it sees
 * every start of the application; with {@code spring.neo4j.uri} set it does nothing.
 */
public class EmbeddedNeo4jStarter implements SmartApplicationListener {

	private EmbeddedDatabase database;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared
				&& NoExternalNeo4jCondition.embedded(prepared.getEnvironment())) {
			database = EmbeddedDatabase.start(Binder.get(prepared.getEnvironment())
				.bindOrCreate("inspection-graph.embedded", EmbeddedNeo4jProperties.class));
		}
		else if (event instanceof ApplicationPreparedEvent prepared && database != null
				&& prepared.getApplicationContext() instanceof GenericApplicationContext context) {
			EmbeddedDatabase started = database;
			context.registerBean("embeddedDatabase", EmbeddedDatabase.class, () -> started);
		}
		else if (event instanceof ApplicationFailedEvent && database != null) {
			database.close();
		}
	}

	@Override
	public int getOrder() {
		return 0;
	}
}
