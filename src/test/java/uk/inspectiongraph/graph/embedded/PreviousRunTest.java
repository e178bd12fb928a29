package uk.inspectiongraph.graph.embedded;

import uk.inspectiongraph.graph.embedded.PreviousRun;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.io.layout.Neo4jLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A start right after a crash waits for the previous run to let go of the Bolt port and the store
 * lock, and fails with a reason when they stay taken.
 */
class PreviousRunTest {

	@Test
	void waitsForAPortThePreviousRunReleases() throws IOException {
		ServerSocket previous = listen();
		int port = previous.getLocalPort();
		CompletableFuture.runAsync(() -> close(previous), CompletableFuture.delayedExecutor(600, TimeUnit.MILLISECONDS));

		long begun = System.nanoTime();
		PreviousRun.awaitPort("127.0.0.1", port, Duration.ofSeconds(10));

		assertThat(Duration.ofNanos(System.nanoTime() - begun)).isGreaterThan(Duration.ofMillis(500));
	}

	@Test
	void aPortThatStaysTakenFailsWithAReason() throws IOException {
		try (ServerSocket other = listen()) {
			assertThatThrownBy(() -> PreviousRun.awaitPort("127.0.0.1", other.getLocalPort(), Duration.ofMillis(500)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Bolt port " + other.getLocalPort())
				.hasMessageContaining("inspection-graph.embedded.bolt-port");
		}
	}

	@Test
	void waitsForTheStoreLockAndFailsWhenItStaysTaken(@TempDir Path home) throws IOException {
		Path lockFile = Neo4jLayout.of(home).storeLockFile();
		Files.createDirectories(lockFile.getParent());
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			FileLock lock = channel.lock();
			assertThatThrownBy(() -> PreviousRun.awaitStore(home, Duration.ofMillis(500)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("still locked");

			CompletableFuture.runAsync(() -> release(lock), CompletableFuture.delayedExecutor(600, TimeUnit.MILLISECONDS));
			PreviousRun.awaitStore(home, Duration.ofSeconds(10));
			assertThat(lock.isValid()).isFalse();
		}
	}

	private static ServerSocket listen() throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.bind(new InetSocketAddress("127.0.0.1", 0));
		return socket;
	}

	private static void close(ServerSocket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void release(FileLock lock) {
		try {
			lock.release();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
