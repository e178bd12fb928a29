package uk.inspectiongraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Records the answer of every query in {@code docs/queries} on a graph (the dev corpus, ingested
 * with {@code --ingest=DIR}), one canonical JSON line per operation and set of variables, so that
 * a change meant to keep behaviour (a refactoring) can be checked to give identical answers:
 * record before with {@code --out=FILE}, after with {@code --out=OTHER --compare=FILE}; the run
 * exits 1 and names each operation whose answer changed. Answers hold text from the documents, so
 * keep the files out of the repository (under {@code target/}).
 */
public final class AnswerSnapshot {

	private static final Pattern OPERATION = Pattern.compile("(?m)^query (\\w+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI endpoint;

	private AnswerSnapshot(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = BenchmarkApplication.options(args);
		Path out = Path.of(options.getOrDefault("out", "target/answers.jsonl"));
		try (ConfigurableApplicationContext context = BenchmarkApplication.start(options)) {
			BenchmarkApplication.prepareGraph(context, options);
			Map<String, String> answers = new AnswerSnapshot(BenchmarkApplication.port(context)).record();
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.write(out, answers.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
			System.out.println(answers.size() + " answers written to " + out);
			if (options.containsKey("compare")) {
				System.exit(compare(answers, Path.of(options.get("compare"))));
			}
		}
		System.exit(0);
	}

	/** Every query operation of docs/queries with each of its variable sets, keyed "file#Operation variables". */
	private Map<String, String> record() throws IOException, InterruptedException {
		Map<String, String> answers = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> listing = Files.list(Path.of("docs/queries"))) {
			files = listing.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
		}
		for (Path file : files) {
			String document = Files.readString(file);
			Matcher operation = OPERATION.matcher(document);
			while (operation.find()) {
				for (Map<String, Object> variables : variablesFor(operation.group(1))) {
					String key = file.getFileName() + "#" + operation.group(1) + " "
							+ JSON.writeValueAsString(new TreeMap<>(variables));
					answers.put(key, canonical(ask(document, operation.group(1), variables)).toString());
				}
			}
		}
		return answers;
	}

	/** The finding kinds in which Ofsted says what must improve. */
	private static final List<String> MUST_IMPROVE = List.of("AREA_FOR_IMPROVEMENT", "PRIORITY_ACTION", "RECOMMENDATION");

	/** The variable sets each operation is asked with: its defaults, then filters an analyst would use. */
	private List<Map<String, Object>> variablesFor(String operation) throws IOException, InterruptedException {
		return switch (operation) {
			case "AuthorityProfile" -> sets(Map.of("name", "Barnsley"), Map.of("name", "Warwickshire"), Map.of("code", "E08000016"));
			case "CoOccurringThemes" -> sets(Map.of("theme", "caseloads"), Map.of("theme", "management-oversight", "within", "EVENT"),
					Map.of("theme", "caseloads", "findingKinds", MUST_IMPROVE));
			case "Document" -> documentHashes();
			case "Person" -> sets(Map.of("name", "Nigel Minns"));
			case "PeopleSearch" -> sets(Map.of("search", "director"), Map.of("search", "smith", "inspectorsOnly", true));
			case "SemanticSearch" -> sets(Map.of("text", "children wait too long for a social worker"),
					Map.of("text", "delays in allocating a social worker", "findingKinds", MUST_IMPROVE),
					Map.of("text", "management oversight is not effective", "where", Map.of("regions", List.of("West Midlands"))));
			case "SimilarFindings" -> sets(Map.of("text", "unallocated cases"),
					Map.of("text", "caseloads are too high", "where", Map.of("authorities", List.of("Barnsley"))));
			case "Search" -> sets(Map.of("text", "caseloads"), Map.of("text", "\"management oversight\"", "first", 50));
			case "ThemeTrend" -> sets(Map.of("theme", "caseloads"), Map.of("theme", "caseloads", "by", "REGION"),
					Map.of("theme", "caseloads", "findingKinds", MUST_IMPROVE), Map.of("theme", "workforce", "from", 2016),
					Map.of("theme", "workforce", "by", "REGION", "to", 2023));
			case "RecurringThemes" -> sets(Map.of(), Map.of("from", 2018, "to", 2022, "minAuthorities", 3),
					Map.of("polarity", "STRENGTH"));
			case "ThemePersistence", "PersistenceByAuthority" -> sets(Map.of(), Map.of("authority", "Barnsley"),
					Map.of("from", 2019, "to", 2024, "limit", 30), Map.of("authority", "Barnsley", "findingKinds", MUST_IMPROVE));
			case "Findings" -> sets(Map.of(), Map.of("first", 100, "from", 2020, "kinds", List.of("AREA_FOR_IMPROVEMENT")));
			case "Inspectors" -> sets(Map.of(), Map.of("from", 2020, "themes", 5), Map.of("themes", 5, "findingKinds", MUST_IMPROVE),
					Map.of("from", 2016, "to", 2019, "themes", 10), Map.of("to", 2018));
			case "ThemeMatrix" -> sets(Map.of(), Map.of("by", "REGION", "normalise", true),
					Map.of("findingKinds", MUST_IMPROVE), Map.of("by", "REGION", "where", Map.of("themes", List.of("workforce"),
							"eventKinds", List.of("FOCUSED_VISIT", "ILACS_STANDARD"))));
			case "StatisticalNeighbours" -> sets(Map.of(), Map.of("name", "Barnsley"));
			case "AreaSendInspections" -> sets(Map.of("authority", "Bury"), Map.of("authority", "Suffolk"));
			case "NeighbourComparison" -> sets(Map.of(), Map.of("authority", "Barnsley"), Map.of("authority", "Barnsley",
					"from", 2019, "findingKinds", MUST_IMPROVE));
			// Records carry the time of each ingest, which differs run to run: only refusals (none on a fresh ingest).
			case "IngestHistory" -> sets(Map.of("outcome", "REFUSED"));
			default -> sets(Map.of());
		};
	}

	@SafeVarargs
	private static List<Map<String, Object>> sets(Map<String, Object>... sets) {
		return List.of(sets);
	}

	private List<Map<String, Object>> documentHashes() throws IOException, InterruptedException {
		List<Map<String, Object>> sets = new ArrayList<>();
		JsonNode documents = ask("query { documents { hash } }", null, Map.of()).at("/data/documents");
		for (int i = 0; i < documents.size(); i += Math.max(1, documents.size() / 10)) {
			sets.add(Map.of("hash", documents.get(i).get("hash").asString()));
		}
		return sets;
	}

	private JsonNode ask(String document, String operation, Map<String, Object> variables)
			throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("operationName", operation);
		body.put("variables", variables);
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
		return JSON.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
	}

	/** The node with every object's fields in name order, so equal answers print equal. */
	private static JsonNode canonical(JsonNode node) {
		if (node.isObject()) {
			Map<String, JsonNode> sorted = new TreeMap<>();
			node.properties().forEach(field -> sorted.put(field.getKey(), canonical(field.getValue())));
			return JSON.valueToTree(sorted);
		}
		if (node.isArray()) {
			List<JsonNode> items = new ArrayList<>();
			node.forEach(item -> items.add(canonical(item)));
			return JSON.valueToTree(items);
		}
		return node;
	}

	private static int compare(Map<String, String> answers, Path before) throws IOException {
		Map<String, String> recorded = new TreeMap<>();
		Files.readAllLines(before).forEach(line -> recorded.put(line.substring(0, line.indexOf('\t')),
				line.substring(line.indexOf('\t') + 1)));
		List<String> changed = new ArrayList<>();
		recorded.forEach((key, answer) -> {
			if (!answer.equals(answers.get(key))) {
				changed.add(key);
			}
		});
		answers.keySet().stream().filter(key -> !recorded.containsKey(key)).forEach(key -> changed.add(key + " (new)"));
		changed.forEach(key -> System.out.println("changed: " + key));
		System.out.println(changed.isEmpty() ? "identical: " + answers.size() + " answers"
				: changed.size() + " of " + answers.size() + " answers changed");
		return changed.isEmpty() ? 0 : 1;
	}
}
