package uk.inspectiongraph.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The benchmark's HTTP client: HTTP/1.1 {@code POST}s on one kept-alive loopback connection, each
 * request written whole with {@code TCP_NODELAY}, the answer read by its {@code Content-Length}
 * or chunks; it reconnects when the server closes the connection (Tomcat does every 100
 * requests). The JDK's {@code HttpClient} hands each exchange between threads, which on the
 * two-core reference machine costs a few milliseconds a request (measured against this client:
 * docs/benchmarks.md), more than the server takes to answer a request that runs no Cypher; this
 * client measures the server, not the client.
 */
final class LoopbackHttp implements AutoCloseable {

	/**
	 * The stream buffer: answers are read in large pieces. The socket's own receive buffer is left
	 * to the kernel, as an ordinary client's is. (A larger receive buffer was tried against the
	 * 50-80 ms stalls of some 150 KB answers; they came from the server writing in 8 KiB pieces,
	 * see "Large answers and Tomcat's 8 KiB writes" in docs/benchmarks.md, and went only when the
	 * server wrote answers whole.)
	 */
	private static final int STREAM_BUFFER = 64 << 10;

	private final URI endpoint;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	/** When each socket read of the last answer came (nanoseconds since the request was sent) and its bytes. */
	private long[] readAt = new long[64];

	private int[] readBytes = new int[64];

	private int readCount;

	private long sent;

	LoopbackHttp(URI endpoint) {
		this.endpoint = endpoint;
	}

	/** Posts a JSON body and returns the answer's body. */
	String post(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
				+ "\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\nContent-Length: "
				+ body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] request = new byte[head.length + body.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(body, 0, request, head.length, body.length);
		try {
			return exchange(request);
		}
		catch (IOException ex) {
			close();
			return exchange(request);
		}
	}

	private String exchange(byte[] request) throws IOException {
		if (socket == null) {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()));
			out = socket.getOutputStream();
			in = new BufferedInputStream(new FilterInputStream(socket.getInputStream()) {
				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = super.read(buffer, offset, length);
					logRead(count);
					return count;
				}
			}, STREAM_BUFFER);
		}
		readCount = 0;
		sent = System.nanoTime();
		out.write(request);
		out.flush();
		return readAnswer();
	}

	private String readAnswer() throws IOException {
		int length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String line = line(); !line.isEmpty(); line = line()) {
			String header = line.toLowerCase(Locale.ROOT);
			if (header.startsWith("content-length:")) {
				length = Integer.parseInt(header.substring("content-length:".length()).strip());
			}
			chunked |= header.startsWith("transfer-encoding:") && header.contains("chunked");
			closing |= header.startsWith("connection:") && header.contains("close");
		}
		String body = new String(chunked ? chunks() : in.readNBytes(length), StandardCharsets.UTF_8);
		if (closing) {
			close();
		}
		return body;
	}

	private byte[] chunks() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
			body.write(in.readNBytes(size));
			line();
		}
		line();
		return body.toByteArray();
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new EOFException("the server closed the connection");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	/**
	 * How the last answer arrived: for each read from the socket, the milliseconds since the
	 * request was written and the bytes read ({@code --reads} of the API benchmark).
	 */
	String reads() {
		StringBuilder reads = new StringBuilder();
		for (int i = 0; i < readCount; i++) {
			reads.append(String.format(Locale.ROOT, " %.1f:%d", readAt[i] / 1e6, readBytes[i]));
		}
		return reads.toString().strip();
	}

	/** Notes a socket read while the clock runs: two array stores, the text is made only if asked for. */
	private void logRead(int count) {
		if (readCount == readAt.length) {
			readAt = Arrays.copyOf(readAt, readCount * 2);
			readBytes = Arrays.copyOf(readBytes, readCount * 2);
		}
		readAt[readCount] = System.nanoTime() - sent;
		readBytes[readCount++] = count;
	}

	@Override
	public void close() {
		try {
			if (socket != null) {
				socket.close();
			}
		}
		catch (IOException ex) {
			// closing anyway
		}
		socket = null;
	}
}
