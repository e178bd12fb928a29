package uk.inspectiongraph.graph.embedded;


import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.neo4j.io.layout.Neo4jLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits, for a bounded time, until a previous run has let go of the Bolt port and the database's
 * store lock. Right after a crash that run may still hold them: when {@code ./mvnw spring-boot:run}
 * is killed, the JVM it forked lives on until it notices (the parent-process watch) and stops.
 * Rather than fail on "address already in use", the start waits; if they stay taken, it fails
 * saying what probably holds them.
 */
public final class PreviousRun {

	/** How long a start waits for what a stopping run still holds. */
	static final Duration WAIT = Duration.ofSeconds(15);

	private static final long POLL_MILLIS = 200;

	private static final String LIKELY_HOLDER = "perhaps an earlier Inspection Graph (a JVM left running when "
			+ "./mvnw spring-boot:run was killed) or another Neo4j";

	private static final Logger log = LoggerFactory.getLogger(PreviousRun.class);

	private PreviousRun() {
	}

	/** Returns once {@code host:port} can be bound (at once for port 0), or throws after {@code bound}. */
	static void awaitPort(String host, int port, Duration bound) {
		if (port != 0 && !await("Bolt port " + port, () -> canBind(host, port), bound)) {
			throw new IllegalStateException("Bolt port " + port + " on " + host + " is still in use after "
					+ bound.toSeconds() + " s, " + LIKELY_HOLDER + ". Stop it (`ss -ltnp 'sport = :" + port
					+ "'` shows it), or set inspection-graph.embedded.bolt-port to another port.");
		}
	}

	/** Returns once no other process locks the database in {@code home}, or throws after {@code bound}. */
	static void awaitStore(Path home, Duration bound) {
		Path lock = Neo4jLayout.of(home).storeLockFile();
		if (!await("The database in " + home, () -> unlocked(lock), bound)) {
			throw new IllegalStateException("The database in " + home + " is still locked after " + bound.toSeconds()
					+ " s by another process, " + LIKELY_HOLDER + ". Stop it, or set "
					+ "inspection-graph.embedded.data-directory to another directory.");
		}
	}

	private static boolean await(String what, BooleanSupplier free, Duration bound) {
		if (free.getAsBoolean()) {
			return true;
		}
		log.warn("{} is in use, perhaps by a run that is still stopping; waiting up to {} s", what, bound.toSeconds());
		long deadline = System.nanoTime() + bound.toNanos();
		while (System.nanoTime() < deadline) {
			sleep();
			if (free.getAsBoolean()) {
				log.info("{} is free", what);
				return true;
			}
		}
		return false;
	}

	private static boolean canBind(String host, int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(host, port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean unlocked(Path lockFile) {
		if (!Files.exists(lockFile)) {
			return true;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock != null;
		}
		catch (IOException | OverlappingFileLockException ex) {
			return false;
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a previous run to stop", ex);
		}
	}
}
