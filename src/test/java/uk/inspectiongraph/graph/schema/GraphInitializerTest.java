package uk.inspectiongraph.graph.schema;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import uk.inspectiongraph.EmbeddedGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart reloads only the reference data that changed: the start recorded each loader's
 * fingerprint, so a second pass loads nothing, and a loader whose recorded fingerprint differs is
 * loaded again and recorded anew.
 */
@EmbeddedGraphTest
class GraphInitializerTest {

	@Autowired
	GraphInitializer initializer;

	@Autowired
	List<ReferenceDataLoader> loaders;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aSecondPassLoadsNothingAndAChangedFingerprintLoadsThatDataAgain() {
		assertThat(initializer.loadChangedReferenceData()).isZero();
		assertThat(recorded()).containsOnlyKeys("AuthorityGraphLoader", "StatisticalNeighbourLoader", "ThemeGraphLoader");

		neo4j.query("MATCH (r:ReferenceData {name: 'ThemeGraphLoader'}) SET r.fingerprint = 'an older taxonomy'").run();

		assertThat(initializer.loadChangedReferenceData()).isOne();
		ReferenceDataLoader themes = loaders.stream().filter(ThemeGraphLoader.class::isInstance).findFirst().orElseThrow();
		assertThat(recorded()).containsEntry("ThemeGraphLoader", themes.fingerprint());
	}

	@Test
	void onlyIndexAndConstraintStatementsCountAsSchemaOnly() {
		assertThat(SchemaMigrations.isSchemaOnly("\nCREATE FULLTEXT INDEX finding_text IF NOT EXISTS FOR (f:Finding) ON EACH [f.text]")).isTrue();
		assertThat(SchemaMigrations.isSchemaOnly("CREATE CONSTRAINT role_id IF NOT EXISTS FOR (r:Role) REQUIRE r.id IS UNIQUE")).isTrue();
		assertThat(SchemaMigrations.isSchemaOnly("drop index finding_date if exists")).isTrue();
		assertThat(SchemaMigrations.isSchemaOnly("MATCH (f:Finding)-[:STATED_IN]->(d:Document) SET f.date = d.date")).isFalse();
		assertThat(SchemaMigrations.isSchemaOnly("CREATE (n:IndexCard)")).isFalse();
		assertThat(RollupBackfills.versions().stream().flatMap(version -> RollupBackfills.of(version).stream()))
			.noneMatch(SchemaMigrations::isSchemaOnly);
	}

	private Map<String, Object> recorded() {
		return neo4j.query("MATCH (r:ReferenceData) RETURN r.name AS name, r.fingerprint AS fingerprint").fetch().all()
			.stream()
			.collect(Collectors.toMap(row -> (String) row.get("name"), row -> row.get("fingerprint")));
	}
}
