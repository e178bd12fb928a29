package uk.inspectiongraph.graph.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;


/**
 * Prepares the graph before anything else runs: applies the schema migrations, then merges the
 * reference data whose fingerprint differs from the one recorded at its last load (on a restart
 * with the same data, none: its MERGE statements were most of a restart's work before ready). The
 * demo corpus is seeded after this, by the ingest layer.
 */
@Component
@Order(0)
class GraphInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final SchemaMigrations migrations;

	private final List<ReferenceDataLoader> referenceData;

	private final Neo4jClient neo4j;

	GraphInitializer(SchemaMigrations migrations, List<ReferenceDataLoader> referenceData, Neo4jClient neo4j) {
		this.migrations = migrations;
		this.referenceData = referenceData;
		this.neo4j = neo4j;
	}

	@Override
	public void run(ApplicationArguments args) {
		int applied = migrations.apply();
		loadChangedReferenceData();
		log.info("Graph schema ready: {} schema migrations applied", applied);
	}

	/** Loads each reference data set whose fingerprint is not the one recorded; returns how many it loaded. */
	int loadChangedReferenceData() {
		Map<String, String> recorded = recordedFingerprints();
		int loaded = 0;
		for (ReferenceDataLoader loader : referenceData) {
			String name = loader.getClass().getSimpleName();
			String fingerprint = loader.fingerprint();
			if (fingerprint.equals(recorded.get(name))) {
				log.info("{}: unchanged", name);
				continue;
			}
			log.info("{}: {} entries", name, loader.load());
			neo4j.query(ReferenceDataQueries.RECORD_FINGERPRINT)
				.bindAll(Map.of("name", name, "fingerprint", fingerprint))
				.run();
			loaded++;
		}
		return loaded;
	}

	private Map<String, String> recordedFingerprints() {
		Map<String, String> recorded = new HashMap<>();
		neo4j.query(ReferenceDataQueries.RECORDED_FINGERPRINTS)
			.fetch()
			.all()
			.forEach(row -> recorded.put((String) row.get("name"), (String) row.get("fingerprint")));
		return recorded;
	}
}
