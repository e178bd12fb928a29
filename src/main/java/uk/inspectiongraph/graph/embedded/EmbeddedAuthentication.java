package uk.inspectiongraph.graph.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * Gives the embedded Neo4j's {@code neo4j} user the application's Bolt password. Before the
 * database starts, the password is written with Neo4j's own {@code set-initial-password} command,
 * which a new database takes as its first password and an existing one (from before Bolt needed a
 * login) takes in place of the default {@code neo4j}: so Bolt never listens with a known password.
 * Once it runs, that file is removed and the password is checked; a password changed since (a new
 * {@code inspection-graph.embedded.password}, a deleted password file) is set with {@code ALTER USER}.
 */
final class EmbeddedAuthentication {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedAuthentication.class);

	private EmbeddedAuthentication() {
	}

	/**
	 * Leaves the password for Neo4j to take as the initial one when it starts. The password follows
	 * {@code --}, so one that begins with a dash (a generated one may) is not read as an option.
	 */
	static void offerInitialPassword(Path home, BoltLogin login) {
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
		PrintStream out = new PrintStream(OutputStream.nullOutputStream());
		ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, err,
				new DefaultFileSystemAbstraction());
		int status = new CommandLine(new SetInitialPasswordCommand(context)).setErr(new PrintWriter(err, true))
			.execute("--", login.password());
		if (status != 0) {
			throw new IllegalStateException("Cannot set the embedded Neo4j's initial password: "
					+ errors.toString(StandardCharsets.UTF_8).strip());
		}
	}

	/** Removes the initial password file, then makes sure the running database accepts the login. */
	static void requireLogin(DatabaseManagementService service, Path home, BoltLogin login) {
		removeInitialPassword(home);
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		if (!accepts(system, login)) {
			system.executeTransactionally(EmbeddedAuthenticationQueries.SET_PASSWORD,
					Map.of("user", login.username(), "password", login.password()));
			log.info("Set the Bolt password of user {} from {}", login.username(), login.source());
		}
	}

	private static boolean accepts(GraphDatabaseAPI system, BoltLogin login) {
		AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
		try {
			AuthenticationResult result = auth
				.login(AuthToken.newBasicAuthToken(login.username(), login.password()),
						ClientConnectionInfo.EMBEDDED_CONNECTION)
				.subject()
				.getAuthenticationResult();
			return result == AuthenticationResult.SUCCESS;
		}
		catch (InvalidAuthTokenException ex) {
			throw new IllegalStateException("Neo4j refused the form of the Bolt login: " + ex.getMessage(), ex);
		}
	}

	private static void removeInitialPassword(Path home) {
		Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
		Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove Neo4j's initial password file " + file, ex);
		}
	}
}
