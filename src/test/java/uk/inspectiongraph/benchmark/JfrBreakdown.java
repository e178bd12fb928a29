package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the web server's request threads spent their CPU, and which threads allocated, in a JFR
 * recording of an {@link ApiBenchmark} run (docs/benchmarks.md). Execution samples of the Tomcat
 * request threads ({@code http-nio-*}) are put in the first matching group, looking at the whole
 * stack: Cypher through the driver, JSON (reading the request, writing the answer), GraphQL Java, everything else
 * (Spring MVC, security filters, Tomcat). Allocation samples are summed by thread-name prefix.
 * <p>
 * Arguments: the recording, e.g. one made with
 * {@code MAVEN_OPTS="-XX:StartFlightRecording=filename=api.jfr,settings=profile"}, and optionally
 * {@code --top=N}: the N methods the request threads were most often sampled in, with their share.
 */
public final class JfrBreakdown {

	private static final Map<String, List<String>> GROUPS = groups();

	private JfrBreakdown() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, Integer> samples = new LinkedHashMap<>();
		GROUPS.keySet().forEach(group -> samples.put(group, 0));
		Map<String, Long> allocated = new TreeMap<>();
		Map<String, Integer> hottest = new TreeMap<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			String type = event.getEventType().getName();
			if (type.equals("jdk.ExecutionSample") && threadName(event, "sampledThread").startsWith("http-nio")) {
				samples.merge(group(event), 1, Integer::sum);
				hottest.merge(topFrame(event), 1, Integer::sum);
			}
			else if (type.equals("jdk.ObjectAllocationSample")) {
				allocated.merge(threadName(event, "eventThread").replaceAll("[-\\d]+$", ""), event.getLong("weight"),
						Long::sum);
			}
		}
		int total = samples.values().stream().mapToInt(Integer::intValue).sum();
		System.out.println("request-thread samples: " + total);
		samples.forEach((group, count) -> System.out.printf("  %-28s %5d  %4.1f %%%n", group, count, 100.0 * count / total));
		int top = args.length > 1 ? Integer.parseInt(args[1].replace("--top=", "")) : 0;
		hottest.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
			.forEach(e -> System.out.printf("    %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
		long bytes = allocated.values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("allocation samples' weight: %.1f GB%n", bytes / 1e9);
		allocated.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
			.forEach(e -> System.out.printf("  %-40s %5.1f %%%n", e.getKey(), 100.0 * e.getValue() / bytes));
	}

	private static String threadName(RecordedEvent event, String field) {
		RecordedThread thread = event.getThread(field);
		return thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
	}

	/** The method a sample was taken in, as type.method. */
	private static String topFrame(RecordedEvent sample) {
		List<RecordedFrame> frames = sample.getStackTrace() == null ? List.of() : sample.getStackTrace().getFrames();
		return frames.isEmpty() ? "?" : frames.get(0).getMethod().getType().getName() + "." + frames.get(0).getMethod().getName();
	}

	private static String group(RecordedEvent sample) {
		List<RecordedFrame> frames = sample.getStackTrace() == null ? List.of() : sample.getStackTrace().getFrames();
		for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
			for (RecordedFrame frame : frames) {
				String type = frame.getMethod().getType().getName();
				if (group.getValue().stream().anyMatch(type::startsWith)) {
					return group.getKey();
				}
			}
		}
		return "other (MVC, security, Tomcat)";
	}

	private static Map<String, List<String>> groups() {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		groups.put("Cypher through the driver", List.of("uk.inspectiongraph.api.cypher.CypherReader", "org.neo4j.driver"));
		groups.put("JSON (request, answer)", List.of("org.springframework.http.converter", "tools.jackson"));
		groups.put("GraphQL Java", List.of("graphql."));
		groups.put("other (MVC, security, Tomcat)", List.of());
		return groups;
	}
}
