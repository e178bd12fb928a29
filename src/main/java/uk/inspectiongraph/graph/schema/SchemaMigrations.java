package uk.inspectiongraph.graph.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
 * only what is new. A version's statements are those of its file followed by its roll-up
 * backfill ({@link RollupBackfills}), which is the writer's own statement. The statements are
 * idempotent too. On a graph that holds nothing yet (a first start) only the schema statements
 * run: a backfill derives data from documents, and compiling those statements in a cold JVM cost
 * the first start several seconds of CPU for no change.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final String LOCATION = "classpath:db/migrations/V*.cypher";

	private static final int INDEX_WAIT_SECONDS = 60;

	/** A statement that only creates or drops an index or a constraint. */
	private static final Pattern SCHEMA_STATEMENT = Pattern
		.compile("(?is)\\s*(CREATE|DROP)\\s+(\\w+\\s+)?(INDEX|CONSTRAINT)\\b.*");

	private final Neo4jClient neo4j;

	SchemaMigrations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Applies every migration not yet recorded in the database; returns how many it applied. */
	public int apply() {
		int applied = 0;
		State state = state();
		boolean fresh = state.fresh();
		for (Resource migration : migrations()) {
			String version = versionOf(migration);
			if (state.applied().contains(version)) {
				continue;
			}
			statementsOf(migration).stream()
				.filter(statement -> !fresh || isSchemaOnly(statement))
				.forEach(statement -> neo4j.query(statement).run());
			neo4j.query(SchemaMigrationQueries.RECORD_APPLIED).bindAll(Map.of("version", version)).run();
			log.info("Applied schema migration {}", migration.getFilename());
			applied++;
		}
		neo4j.query(SchemaMigrationQueries.AWAIT_INDEXES).bindAll(Map.of("seconds", INDEX_WAIT_SECONDS)).run();
		return applied;
	}

	private State state() {
		return neo4j.query(SchemaMigrationQueries.STATE)
			.fetchAs(State.class)
			.mappedBy((types, row) -> new State(Set.copyOf(row.get("applied").asList(value -> value.asString())),
					row.get("fresh").asBoolean()))
			.one()
			.orElseThrow();
	}

	/** Whether a statement only creates or drops an index or a constraint (no data to backfill). */
	static boolean isSchemaOnly(String statement) {
		return SCHEMA_STATEMENT.matcher(statement).matches();
	}

	/** The migration files in version order; fails if a roll-up backfill names a version with no file. */
	static List<Resource> migrations() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			List<Resource> migrations = Arrays.stream(found).sorted(Comparator.comparing(SchemaMigrations::versionOf)).toList();
			requireFilesOfBackfills(migrations.stream().map(SchemaMigrations::versionOf).toList());
			return migrations;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations at " + LOCATION, ex);
		}
	}

	private static void requireFilesOfBackfills(List<String> versions) {
		for (String version : RollupBackfills.versions()) {
			if (!versions.contains(version)) {
				throw new IllegalStateException("A roll-up backfill names migration " + version + ", which has no file");
			}
		}
	}

	/** The versions the graph records as applied, and whether it holds nothing else yet. */
	private record State(Set<String> applied, boolean fresh) {
	}

	static String versionOf(Resource migration) {
		String name = migration.getFilename();
		return name.substring(1, name.indexOf("__"));
	}

	/**
	 * The statements of a migration as they are run: its file's, split at semicolons with comment
	 * lines dropped, then its roll-up backfill.
	 */
	public static List<String> statementsOf(Resource migration) {
		List<String> statements = new ArrayList<>(fileStatements(migration));
		statements.addAll(RollupBackfills.of(versionOf(migration)));
		return List.copyOf(statements);
	}

	private static List<String> fileStatements(Resource migration) {
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
