package uk.inspectiongraph.graph.schema;

import uk.inspectiongraph.graph.embedded.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies the schema (constraints and indexes, and backfills of derived data such as the event
 * roll-up of V004) from the versioned {@code db/migrations/V*.cypher} files in version order,
 * recording each applied version in a {@code :SchemaMigration} node so that every start applies
 * only what is new. The statements themselves are idempotent too.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final String LOCATION = "classpath:db/migrations/V*.cypher";

	/** Whether a version is applied: the first query every start asks (see {@link EmbeddedDatabase}). */
	public static final String IS_APPLIED = "MATCH (m:SchemaMigration {version: $version}) RETURN count(m) > 0 AS applied";

	private final Neo4jClient neo4j;

	SchemaMigrations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Applies every migration not yet recorded in the database; returns how many it applied. */
	public int apply() {
		int applied = 0;
		for (Resource migration : migrations()) {
			String version = versionOf(migration);
			if (isApplied(version)) {
				continue;
			}
			statementsOf(migration).forEach(statement -> neo4j.query(statement).run());
			neo4j.query("MERGE (m:SchemaMigration {version: $version}) SET m.appliedAt = datetime()")
				.bindAll(Map.of("version", version))
				.run();
			log.info("Applied schema migration {}", migration.getFilename());
			applied++;
		}
		neo4j.query("CALL db.awaitIndexes(60)").run();
		return applied;
	}

	private boolean isApplied(String version) {
		return neo4j.query(IS_APPLIED)
			.bindAll(Map.of("version", version))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	private static List<Resource> migrations() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(found).sorted(Comparator.comparing(SchemaMigrations::versionOf)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations at " + LOCATION, ex);
		}
	}

	static String versionOf(Resource migration) {
		String name = migration.getFilename();
		return name.substring(1, name.indexOf("__"));
	}

	/** The statements of a migration file as they are run: split at semicolons, comment lines dropped. */
	public static List<String> statementsOf(Resource migration) {
		try {
			String content = migration.getContentAsString(StandardCharsets.UTF_8);
			return Arrays.stream(content.split(";"))
				.map(SchemaMigrations::withoutComments)
				.map(String::strip)
				.filter(statement -> !statement.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read schema migration " + migration.getFilename(), ex);
		}
	}

	private static String withoutComments(String statement) {
		return statement.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
	}
}
