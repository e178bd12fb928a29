package uk.inspectiongraph.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays every {@link HostileInputs hostile input} against a running application's upload
 * endpoint, one at a time, while GraphQL reads are fired one after another; prints a Markdown row
 * per input (status, reason, time to refusal, reads answered meanwhile and the slowest), then read
 * latency at rest and under attack (p50/p95) and the peak resident memory of the application's
 * process, sampled every 50 ms from {@code /proc}. Run by {@code bench/hostile-inputs.sh}.
 * <p>
 * Arguments: {@code --url=http://127.0.0.1:8080}, {@code --user=editor}, {@code --password=...},
 * {@code --pid=N} (the application's process, for its memory), {@code --only=PREFIX} (only the
 * inputs whose description starts so), {@code --parallel=N} (instead: N copies of each input, by
 * default of those starting "large bomb", uploaded all at once; statuses counted).
 */
public final class HostileInputBench {

	private final JsonMapper json = JsonMapper.builder().build();

	private HostileInputBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = java.util.Arrays.stream(args)
			.filter(arg -> arg.startsWith("--") && arg.contains("="))
			.collect(Collectors.toMap(arg -> arg.substring(2, arg.indexOf('=')), arg -> arg.substring(arg.indexOf('=') + 1)));
		HostileUploads client = new HostileUploads(options.getOrDefault("url", "http://127.0.0.1:8080"),
				options.getOrDefault("user", "editor"), options.getOrDefault("password", ""));
		HostileInputBench bench = new HostileInputBench();
		int parallel = Integer.parseInt(options.getOrDefault("parallel", "0"));
		if (parallel > 0) {
			bench.runTogether(client, options.get("pid"), options.getOrDefault("only", "large bomb"), parallel);
		}
		else {
			bench.run(client, options.get("pid"), options.getOrDefault("only", ""));
		}
	}

	/** After 60 reads to warm up, uploads the inputs whose description starts with {@code only}, {@code copies} of each at once. */
	private void runTogether(HostileUploads client, String pid, String only, int copies) throws Exception {
		List<HostileInput> inputs = HostileInputs.all().stream().filter(input -> input.kind().startsWith(only)).toList();
		inputs.forEach(input -> input.bytes().get());
		for (int i = 0; i < 60; i++) {
			client.read();
		}
		RssSampler rss = new RssSampler(pid);
		rss.start();
		HostileUploads.Reads reads = client.readWhile();
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
		for (HostileInput input : inputs) {
			for (int i = 0; i < copies; i++) {
				Thread thread = new Thread(() -> {
					int status;
					try {
						status = client.upload(input.fileName(), input.bytes().get()).status();
					}
					catch (IOException | InterruptedException ex) {
						status = -1;
					}
					statuses.computeIfAbsent(status, key -> new AtomicLong()).incrementAndGet();
				});
				threads.add(thread);
				thread.start();
			}
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		List<Long> millis = reads.stop().stream().map(HostileUploads.Answer::millis).toList();
		rss.stop();
		System.out.printf(Locale.ROOT, "%d uploads at once (%d of each of %d inputs starting \"%s\"): statuses %s, all answered in %,d ms%n",
				threads.size(), copies, inputs.size(), only, new java.util.TreeMap<>(statuses), elapsed);
		System.out.printf(Locale.ROOT, "reads meanwhile (%d): p50 %d ms, p95 %d ms, max %d ms%n", millis.size(),
				percentile(millis, 50), percentile(millis, 95), percentile(millis, 100));
		System.out.println("application RSS: " + rss.summary());
	}

	private void run(HostileUploads client, String pid, String only) throws Exception {
		List<Long> atRest = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			atRest.add(client.read().millis());
		}
		RssSampler rss = new RssSampler(pid);
		rss.start();
		List<Long> underAttack = new ArrayList<>();
		System.out.println("| input | bytes | status | reason | refused in | reads meanwhile | slowest read |");
		System.out.println("| --- | ---: | ---: | --- | ---: | ---: | ---: |");
		for (HostileInput input : HostileInputs.all()) {
			if (input.kind().startsWith(only)) {
				underAttack.addAll(replay(client, input));
			}
		}
		rss.stop();
		System.out.println();
		System.out.printf(Locale.ROOT, "reads at rest (%d): p50 %d ms, p95 %d ms%n", atRest.size(), percentile(atRest, 50),
				percentile(atRest, 95));
		System.out.printf(Locale.ROOT, "reads during the uploads (%d): p50 %d ms, p95 %d ms, max %d ms%n",
				underAttack.size(), percentile(underAttack, 50), percentile(underAttack, 95), percentile(underAttack, 100));
		System.out.println("application RSS: " + rss.summary());
	}

	private List<Long> replay(HostileUploads client, HostileInput input) throws Exception {
		byte[] bytes = input.bytes().get();
		HostileUploads.Reads reads = client.readWhile();
		HostileUploads.Answer answer = client.upload(input.fileName(), bytes);
		List<HostileUploads.Answer> during = reads.stop();
		List<Long> millis = during.stream().map(HostileUploads.Answer::millis).toList();
		long failedReads = during.stream().filter(read -> read.status() != 200).count();
		System.out.printf(Locale.ROOT, "| %s | %,d | %d | %s | %,d ms | %d%s | %d ms |%n", input.kind(), bytes.length,
				answer.status(), reason(answer).replace("|", "/"), answer.millis(), during.size(),
				failedReads == 0 ? "" : " (" + failedReads + " failed)", percentile(millis, 100));
		return millis;
	}

	private String reason(HostileUploads.Answer answer) {
		try {
			JsonNode body = json.readTree(answer.body());
			JsonNode reason = body.has("reason") ? body.get("reason") : body.get("detail");
			return reason == null ? answer.body() : reason.asString();
		}
		catch (RuntimeException ex) {
			return answer.body().length() > 80 ? answer.body().substring(0, 80) : answer.body();
		}
	}

	private static long percentile(List<Long> values, int percent) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	/** Samples the resident memory of a process every 50 ms from /proc, keeping the peak. */
	private static final class RssSampler {

		private final Path status;

		private final AtomicLong peakKb = new AtomicLong();

		private long startKb;

		private volatile boolean running = true;

		private Thread thread;

		RssSampler(String pid) {
			this.status = pid == null ? null : Path.of("/proc", pid, "status");
		}

		void start() {
			if (status == null) {
				return;
			}
			startKb = residentKb();
			thread = new Thread(() -> {
				while (running) {
					peakKb.accumulateAndGet(residentKb(), Math::max);
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "rss-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		void stop() throws InterruptedException {
			running = false;
			if (thread != null) {
				thread.join();
			}
		}

		String summary() {
			if (status == null) {
				return "not measured (no --pid)";
			}
			return String.format(Locale.ROOT, "%,d MB before the uploads, peak %,d MB during them", startKb / 1024,
					peakKb.get() / 1024);
		}

		private long residentKb() {
			try {
				for (String line : Files.readAllLines(status)) {
					if (line.startsWith("VmRSS:")) {
						return Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
			}
			catch (IOException ex) {
				// The process ended: nothing more to sample.
			}
			return 0;
		}
	}
}
