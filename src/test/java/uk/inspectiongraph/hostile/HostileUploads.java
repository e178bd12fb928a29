package uk.inspectiongraph.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client for the hostile-input runs: uploads a file exactly as named (a multipart body written
 * by hand, so odd names reach the server unchanged) and, alongside, fires GraphQL reads one after
 * another, timing each, until told to stop.
 */
public final class HostileUploads {

	private static final String BOUNDARY = "hostile-input-boundary-7f3a";

	/** A cheap read that still runs Cypher: the themes raised at one authority or more. */
	static final String READ = "{\"query\":\"{ recurringThemes(minAuthorities: 1) { theme { slug } authorityCount } }\"}";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final String credentials;

	public HostileUploads(String baseUrl, String user, String password) {
		this.base = URI.create(baseUrl);
		this.credentials = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** An answer: its status and body. */
	public record Answer(int status, String body, long millis) {
	}

	/** Uploads {@code bytes} as the multipart field {@code file} named {@code fileName}. */
	public Answer upload(String fileName, byte[] bytes) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/documents"))
			.header("Authorization", credentials)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, bytes)))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
	}

	/** The {@code ingestDocument} mutation with the file's bytes in base64, as the editor. */
	public Answer ingestDocument(String fileName, byte[] bytes) throws IOException, InterruptedException {
		String body = "{\"query\":\"mutation($f: String!, $c: String!) { ingestDocument(fileName: $f, contentBase64: $c) "
				+ "{ status reason } }\",\"variables\":{\"f\":\"" + fileName + "\",\"c\":\""
				+ Base64.getEncoder().encodeToString(bytes) + "\"}}";
		HttpRequest request = HttpRequest.newBuilder(base.resolve("/graphql"))
			.header("Authorization", credentials)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
	}

	/** One GraphQL read. */
	public Answer read() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(base.resolve("/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(READ))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
	}

	/** Reads one after another on a thread of its own until {@link Reads#stop()}. */
	public Reads readWhile() {
		Reads reads = new Reads();
		reads.thread = new Thread(() -> {
			while (!reads.stopped.get()) {
				try {
					reads.add(read());
				}
				catch (IOException ex) {
					reads.add(new Answer(-1, ex.toString(), -1));
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "hostile-reads");
		reads.thread.start();
		return reads;
	}

	/** The reads fired while something else went on. */
	public static final class Reads {

		private final AtomicBoolean stopped = new AtomicBoolean();

		private final List<Answer> answers = new ArrayList<>();

		private Thread thread;

		private synchronized void add(Answer answer) {
			answers.add(answer);
		}

		/** Stops reading, waits for the read under way, and returns every answer. */
		public List<Answer> stop() throws InterruptedException {
			stopped.set(true);
			thread.join(Duration.ofSeconds(30).toMillis());
			synchronized (this) {
				return List.copyOf(answers);
			}
		}
	}

	private static byte[] multipart(String fileName, byte[] bytes) {
		String quoted = fileName.replace("\\", "\\\\").replace("\"", "\\\"");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + quoted
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}
}
