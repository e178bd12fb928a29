package uk.inspectiongraph.graph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Decides the embedded Neo4j's Bolt password: the configured one
 * ({@code inspection-graph.embedded.password}) or, when none is, a random one generated on the first
 * start and kept in {@value #FILE_NAME} in the data directory, readable and writable by its owner
 * only. Other local users therefore cannot log in to Bolt, while the person who runs the app can
 * read the password to log in to Neo4j Browser.
 */
final class BoltPasswordFile {

	static final String FILE_NAME = "neo4j-password";

	static final String SETTING = "inspection-graph.embedded.password";

	/** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
	private static final int MINIMUM_LENGTH = 8;

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Logger log = LoggerFactory.getLogger(BoltPasswordFile.class);

	private BoltPasswordFile() {
	}

	/** The login Bolt will ask for, from the setting or the data directory's password file. */
	static BoltLogin login(EmbeddedNeo4jProperties properties, Path home) {
		if (StringUtils.hasText(properties.password())) {
			if (properties.password().length() < MINIMUM_LENGTH) {
				throw new IllegalStateException(
						SETTING + " is shorter than " + MINIMUM_LENGTH + " characters, which Neo4j refuses");
			}
			warnIfStale(home.resolve(FILE_NAME));
			return new BoltLogin(BoltLogin.USERNAME, properties.password(), "the setting " + SETTING);
		}
		Path file = home.resolve(FILE_NAME);
		try {
			return new BoltLogin(BoltLogin.USERNAME, readOrCreate(file), "the file " + file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the Bolt password file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String readOrCreate(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try {
			Files.writeString(createOwnerOnly(file), generate(), StandardCharsets.UTF_8);
			log.info("Generated a password for the embedded Neo4j's Bolt port (user {}) into {}", BoltLogin.USERNAME, file);
		}
		catch (FileAlreadyExistsException ex) {
			restrictToOwner(file);
		}
		String password = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (password.length() < MINIMUM_LENGTH) {
			throw new IllegalStateException("The Bolt password in " + file + " is shorter than " + MINIMUM_LENGTH
					+ " characters; delete the file to have a new one generated");
		}
		return password;
	}

	private static void warnIfStale(Path file) {
		if (Files.exists(file)) {
			log.warn("{} is set, so the password in {} no longer opens Bolt; delete the file", SETTING, file);
		}
	}

	private static Path createOwnerOnly(Path file) throws IOException {
		if (!isPosix(file)) {
			return Files.createFile(file);
		}
		FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
		return Files.createFile(file, ownerOnly);
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} could be read by other users; its permissions are now owner-only (600)", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean isPosix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	/** 24 random bytes, 32 URL-safe characters: nothing a person has to type more than once. */
	private static String generate() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
