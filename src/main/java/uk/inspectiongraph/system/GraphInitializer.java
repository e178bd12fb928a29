package uk.inspectiongraph.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.ingest.CorpusSeeder;

/**
 * Prepares the graph before anything else runs: applies the schema migrations, merges the
 * reference data, then seeds the demo corpus if the graph holds no document yet.
 */
@Component
@Order(0)
class GraphInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final SchemaMigrations migrations;

	private final List<ReferenceDataLoader> referenceData;

	private final CorpusSeeder seeder;

	GraphInitializer(SchemaMigrations migrations, List<ReferenceDataLoader> referenceData, CorpusSeeder seeder) {
		this.migrations = migrations;
		this.referenceData = referenceData;
		this.seeder = seeder;
	}

	@Override
	public void run(ApplicationArguments args) {
		int applied = migrations.apply();
		referenceData.forEach(loader -> log.info("{}: {} entries", loader.getClass().getSimpleName(), loader.load()));
		long seeded = seeder.seedIfEmpty();
		log.info("Graph ready: {} schema migrations applied, {} seed documents ingested", applied, seeded);
	}
}
