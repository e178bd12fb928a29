package uk.inspectiongraph.graph.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.inspectiongraph.InspectionGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's Bolt port asks for a login: a driver without credentials cannot write,
 * the generated password (kept in a file only its owner can read) or the configured one can; a
 * data directory from before Bolt had a login, and a password changed between starts, still work.
 */
class BoltAuthenticationTest {

	private static final String CREATE = "CREATE (:BoltProbe {by: $by})";

	private static final String COUNT = "MATCH (n:BoltProbe) RETURN count(n) AS probes";

	@Test
	void aDriverWithoutCredentialsCannotWriteAndTheGeneratedPasswordCan(@TempDir Path data) throws Exception {
		try (ConfigurableApplicationContext app = start(data)) {
			EmbeddedBolt bolt = app.getBean(EmbeddedBolt.class);

			assertThatThrownBy(() -> write(bolt, AuthTokens.none(), "anonymous"))
				.isInstanceOf(AuthenticationException.class);
			assertThatThrownBy(() -> write(bolt, AuthTokens.basic("neo4j", "neo4j"), "default password"))
				.isInstanceOf(AuthenticationException.class);
			assertThat(probes(bolt)).isZero();

			Path file = data.resolve("neo4j-password");
			write(bolt, AuthTokens.basic("neo4j", Files.readString(file).strip()), "password file");
			assertThat(probes(bolt)).isEqualTo(1);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(bolt.toString()).doesNotContain(bolt.login().password());
		}
	}

	@Test
	void theGeneratedPasswordStaysAcrossRestarts(@TempDir Path data) throws Exception {
		try (ConfigurableApplicationContext app = start(data)) {
			write(app.getBean(EmbeddedBolt.class), app.getBean(EmbeddedBolt.class).authToken(), "first start");
		}
		String password = Files.readString(data.resolve("neo4j-password"));
		try (ConfigurableApplicationContext app = start(data)) {
			EmbeddedBolt bolt = app.getBean(EmbeddedBolt.class);
			assertThat(bolt.login().password()).isEqualTo(password.strip());
			assertThat(probes(bolt)).isEqualTo(1);
		}
	}

	@Test
	void aConfiguredPasswordIsUsedAndMayChangeBetweenStarts(@TempDir Path data) throws Exception {
		try (ConfigurableApplicationContext app = start(data, "--inspection-graph.embedded.password=first-secret-1")) {
			write(app.getBean(EmbeddedBolt.class), AuthTokens.basic("neo4j", "first-secret-1"), "configured");
		}
		try (ConfigurableApplicationContext app = start(data, "--inspection-graph.embedded.password=second-secret-2")) {
			EmbeddedBolt bolt = app.getBean(EmbeddedBolt.class);
			assertThatThrownBy(() -> write(bolt, AuthTokens.basic("neo4j", "first-secret-1"), "old password"))
				.isInstanceOf(AuthenticationException.class);
			write(bolt, AuthTokens.basic("neo4j", "second-secret-2"), "new password");
			assertThat(probes(bolt)).isEqualTo(2);
		}
		assertThat(data.resolve("neo4j-password")).doesNotExist();
	}

	@Test
	void aDataDirectoryFromBeforeBoltHadALoginGetsThePassword(@TempDir Path data) throws Exception {
		LuceneIndexCache.turnOffUnlessSet();
		DatabaseManagementService old = new DatabaseManagementServiceBuilder(data)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(BoltConnector.enabled, false)
			.build();
		old.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("CREATE (:BoltProbe {by: 'old'})");
		old.shutdown();

		try (ConfigurableApplicationContext app = start(data)) {
			EmbeddedBolt bolt = app.getBean(EmbeddedBolt.class);
			assertThatThrownBy(() -> write(bolt, AuthTokens.none(), "anonymous"))
				.isInstanceOf(AuthenticationException.class);
			assertThat(probes(bolt)).isEqualTo(1);
		}
		assertThat(data.resolve("data/dbms/auth.ini")).doesNotExist();
	}

	private static ConfigurableApplicationContext start(Path data, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--inspection-graph.embedded.data-directory=" + data,
				"--inspection-graph.embedded.bolt-port=0", "--inspection-graph.seed.enabled=false"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(InspectionGraphApplication.class).web(WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}

	private static void write(EmbeddedBolt bolt, AuthToken auth, String by) {
		try (Driver driver = GraphDatabase.driver(bolt.uri(), auth, Config.builder().withoutEncryption().build())) {
			driver.executableQuery(CREATE).withParameters(Map.of("by", by)).execute();
		}
	}

	private static long probes(EmbeddedBolt bolt) {
		try (Driver driver = GraphDatabase.driver(bolt.uri(), bolt.authToken(), Config.builder().withoutEncryption().build())) {
			return driver.executableQuery(COUNT).execute().records().get(0).get("probes").asLong();
		}
	}
}
