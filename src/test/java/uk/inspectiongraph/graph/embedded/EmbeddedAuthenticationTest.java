package uk.inspectiongraph.graph.embedded;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initial password reaches Neo4j whatever its characters: a generated password is URL-safe
 * Base64 and so begins with a dash one time in 64, which the command must not take for an option.
 */
class EmbeddedAuthenticationTest {

	@Test
	void aPasswordBeginningWithADashIsOfferedAsThePassword(@TempDir Path home) {
		EmbeddedAuthentication.offerInitialPassword(home,
				new BoltLogin(BoltLogin.USERNAME, "-starts-with-a-dash", "a test"));

		assertThat(home.resolve("data/dbms/auth.ini")).exists();
	}
}
