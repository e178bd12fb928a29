package uk.inspectiongraph.graph.schema;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;


/**
 * Prepares the graph before anything else runs: applies the schema migrations, then merges the
 * reference data. The demo corpus is seeded after this, by the ingest layer.
 */
@Component
@Order(0)
class GraphInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final SchemaMigrations migrations;

	private final List<ReferenceDataLoader> referenceData;

	GraphInitializer(SchemaMigrations migrations, List<ReferenceDataLoader> referenceData) {
		this.migrations = migrations;
		this.referenceData = referenceData;
	}

	@Override
	public void run(ApplicationArguments args) {
		int applied = migrations.apply();
		referenceData.forEach(loader -> log.info("{}: {} entries", loader.getClass().getSimpleName(), loader.load()));
		log.info("Graph schema ready: {} schema migrations applied", applied);
	}
}
