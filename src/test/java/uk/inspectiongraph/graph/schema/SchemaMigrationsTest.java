package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.graph.write.EventRollupQueries;
import uk.inspectiongraph.graph.write.ThemeYearRollupQueries;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema migrations ran at start-up, once, and running them again applies nothing. */
@EmbeddedGraphTest
class SchemaMigrationsTest {

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void startUpAppliedEveryMigrationAndASecondRunAppliesNone() {
		assertThat(migrations.apply()).isZero();
		long constraints = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN count(name)").fetchAs(Long.class).one().orElseThrow();
		long fulltext = neo4j.query("SHOW FULLTEXT INDEXES YIELD name RETURN count(name)").fetchAs(Long.class).one().orElseThrow();
		assertThat(constraints).isGreaterThanOrEqualTo(8);
		assertThat(fulltext).isEqualTo(2);
	}

	@Test
	void everyRollupBackfillRunsInAMigrationFileOfItsVersionAfterTheFilesStatements() {
		List<String> versions = SchemaMigrations.migrations().stream().map(SchemaMigrations::versionOf).toList();
		assertThat(versions).containsAll(RollupBackfills.versions());
		assertThat(SchemaMigrations.statementsOf(new ClassPathResource("db/migrations/V004__event_rollup.cypher")))
			.hasSize(4)
			.endsWith(EventRollupQueries.REFRESH_ALL);
		assertThat(SchemaMigrations.statementsOf(new ClassPathResource("db/migrations/V009__finding_kind_rollup.cypher")))
			.hasSize(4)
			.endsWith(EventRollupQueries.REFRESH_ALL, ThemeYearRollupQueries.REFRESH_ALL);
	}
}
