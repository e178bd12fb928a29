package uk.inspectiongraph.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors, protection, GraphQL over HTTP and the editor's mutations, through {@code /graphql}.
 */
class ProtocolApiTest extends ApiTest {

	@Test
	void anUnknownAuthorityIsNotFoundByName() {
		JsonNode body = graphql.send(GraphQlHttp.document("authority-profile"), "AuthorityProfile",
				Map.of("name", "Atlantis")).body();

		assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/message").asString()).contains("'Atlantis'");
		assertThat(body.at("/data/authority").isNull()).isTrue();
	}

	@Test
	void persistenceOfAnUnknownAuthorityIsNotFoundInEitherShape() {
		for (String operation : new String[] { "ThemePersistence", "PersistenceByAuthority" }) {
			JsonNode body = graphql.send(GraphQlHttp.document("persistence"), operation, Map.of("authority", "Atlantis"))
				.body();

			assertThat(body.at("/errors/0/extensions/classification").asString()).as(operation).isEqualTo("NOT_FOUND");
			assertThat(body.at("/errors/0/message").asString()).as(operation).contains("Atlantis");
		}
	}

	@Test
	void anUnknownAuthorityCodeInAFilterIsNotFound() {
		JsonNode body = graphql.send("{ recurringThemes(where: { authorities: [\"E99999999\"] }) { eventCount } }", null,
				Map.of()).body();

		assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/message").asString()).contains("E99999999");
	}

	@Test
	void anUnknownPersonIsNotFoundByName() {
		JsonNode body = graphql.send(GraphQlHttp.document("people"), "Person", Map.of("name", "Jane Nobody")).body();

		assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
		assertThat(body.at("/errors/0/message").asString()).contains("Jane Nobody");
	}

	@Test
	void invalidArgumentsAreBadRequestsSayingHowToFixThem() {
		assertBadRequest("{ recurringThemes(from: 2022, to: 2018) { eventCount } }", "swap");
		assertBadRequest("{ themeTrend(theme: \"no-such-theme\") { key } }", "Unknown theme 'no-such-theme'");
		assertBadRequest("{ findings(first: 101) { totalCount } }", "between 1 and 100");
		assertBadRequest("{ themePersistence(limit: -1) { status } }", "limit must not be negative");
		assertBadRequest("{ persistenceByAuthority(limit: -1) { events { key } } }", "limit must not be negative");
		assertBadRequest("{ inspectors(limit: -1) { eventCount } }", "limit must not be negative");
		assertBadRequest("{ persistenceByAuthority(from: 2022, to: 2018) { events { key } } }", "swap");
		assertBadRequest("{ findings(after: \"nonsense\") { totalCount } }", "endCursor");
		assertBadRequest("{ latestEvents(first: 0) { key } }", "between 1 and 100");
		assertBadRequest("{ inspectors { person { themesRaised(first: 0) { findingCount } } } }", "first must be between 1 and 100 (was 0): leave it out");
		assertBadRequest("{ search(text: \"caseloads AND (\") { findings { score } } }", "not a valid full-text query");
	}

	@Test
	void searchTextTheIndexCannotParseIsTheCallersErrorWithAHint() {
		for (String text : new String[] { "\"caseloads", "AND", "caseloads AND", "{", "plans}", "[a TO", "care~~~^", "\\" }) {
			cypherCounter.reset();
			JsonNode body = graphql.send("query($t: String!) { search(text: $t) { findings { score } documents { score } } }",
					null, Map.of("t", text)).body();

			assertThat(body.at("/errors/0/extensions/classification").asString()).as(text).isEqualTo("BAD_REQUEST");
			assertThat(body.at("/errors/0/message").asString()).as(text)
				.contains("not a valid full-text query", "quotes around phrases");
			assertThat(body.at("/data/search").isObject()).as(text).isFalse();
			assertThat(cypherCounter.count()).as(text).isZero();
		}
	}

	@Test
	void tooManyTopLevelFieldsAreRefusedBeforeAnyCypherRuns() {
		String aliases = IntStream.range(0, 1000).mapToObj(i -> "s" + i + ": graphStats { nodeCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		cypherCounter.reset();
		long started = System.nanoTime();
		JsonNode body = graphql.send(aliases, null, Map.of()).body();

		assertThat(body.at("/errors/0/message").asString()).contains("1000 top-level fields", "at most 20");
		assertThat(body.at("/data").isMissingNode() || body.at("/data").isNull()).isTrue();
		assertThat(cypherCounter.count()).isZero();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void fragmentsCountTowardsTheTopLevelFields() {
		String spread = "{ ...A ...B } fragment A on Query { " + "a%d: graphStats { nodeCount } ".repeat(11).formatted(
				IntStream.range(0, 11).boxed().toArray()) + "} fragment B on Query { "
				+ "b%d: latestEvents(first: 1) { key } ".repeat(11).formatted(IntStream.range(0, 11).boxed().toArray())
				+ "}";
		JsonNode body = graphql.send(spread, null, Map.of()).body();

		assertThat(body.at("/errors/0/message").asString()).contains("22 top-level fields");
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		HttpResponse<String> response = postRaw(HttpRequest.BodyPublishers.ofByteArray(overLimitBody()));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("over 80 MB", "max-request-size", "/api/documents");
	}

	@Test
	void aBodyWithoutADeclaredLengthIsCutOffAtTheLimit() throws Exception {
		HttpResponse<String> response = postRaw(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(overLimitBody())));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("nodeCount\":");
	}

	@Test
	void aBodyThatIsNotAGraphQlRequestIsABadRequestSayingWhatToSend() throws Exception {
		for (String body : new String[] { "{\"query\": ", "[\"{ graphStats { nodeCount } }\"]" }) {
			HttpResponse<String> response = postRaw(HttpRequest.BodyPublishers.ofString(body));

			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.body()).as(body).contains("not a JSON object", "send {\\\"query\\\"");
		}
	}

	@Test
	void errorsReadTheSameWhateverLanguageTheClientAsksFor() throws Exception {
		String query = "{\"query\": \"{ graphStats { noSuchField } }\"}";
		HttpResponse<String> plain = postRaw(HttpRequest.BodyPublishers.ofString(query));
		HttpResponse<String> german = postRaw(HttpRequest.BodyPublishers.ofString(query), "Accept-Language", "de-DE");

		assertThat(plain.body()).contains("noSuchField");
		assertThat(german.body()).isEqualTo(plain.body());
	}

	private HttpResponse<String> postRaw(HttpRequest.BodyPublisher body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(body);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A GraphQL request of 81 MB, one over the default limit (its variable is the bulk). */
	private static byte[] overLimitBody() {
		return ("{\"query\": \"{ graphStats { nodeCount } }\", \"variables\": {\"x\": \"" + "a".repeat(81 * 1024 * 1024)
				+ "\"}}").getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void twentyTopLevelFieldsAreStillAnswered() {
		String aliases = IntStream.range(0, 20).mapToObj(i -> "s" + i + ": graphStats { nodeCount }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		JsonNode body = graphql.send(aliases, null, Map.of()).body();

		assertThat(body.has("errors")).isFalse();
		assertThat(body.at("/data/s19/nodeCount").asLong()).isPositive();
	}

	@Test
	void tooDeepAQueryIsRefusedBeforeAnyCypherRuns() {
		String deep = "{ authority(code: \"E10000031\") { " + "events { authority { ".repeat(6) + "name"
				+ " } }".repeat(6) + " } }";
		cypherCounter.reset();
		JsonNode body = graphql.send(deep, null, Map.of()).body();

		assertThat(body.at("/errors/0/message").asString()).contains("depth");
		assertThat(cypherCounter.count()).isZero();
	}

	@Test
	void tooComplexAQueryIsRefused() {
		String wide = "{ findings(first: 100) { edges { node { id kind section order text spanStart spanEnd "
				+ "themes { polarity evidence theme { slug name description } } event { key kind year } } } } }";
		JsonNode body = graphql.send(wide, null, Map.of()).body();

		assertThat(body.at("/errors/0/message").asString()).contains("complexity");
	}

	@Test
	void queriesWorkOverGetWithTheGraphQlResponseMediaType() {
		GraphQlHttp.Reply reply = graphql.get("query($code: String) { authority(code: $code) { name } }",
				"{\"code\": \"E10000028\"}");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith(GraphQlHttp.GRAPHQL_RESPONSE);
		assertThat(reply.body().at("/data/authority/name").asString()).isEqualTo("Staffordshire County Council");
	}

	@Test
	void postAnswersWithTheGraphQlResponseMediaType() {
		GraphQlHttp.Reply reply = graphql.send("{ graphStats { nodeCount } }", null, Map.of());

		assertThat(reply.contentType()).startsWith(GraphQlHttp.GRAPHQL_RESPONSE);
	}

	@Test
	void largeAnswersArriveWhole() {
		GraphQlHttp.Reply reply = graphql.send("{ __schema { types { name description fields { name description } } } }",
				null, Map.of());

		assertThat(reply.bodyBytes()).isGreaterThan(8 * 1024);
		assertThat(reply.body().at("/data/__schema/types").valueStream().map(t -> t.get("name").asString()))
			.contains("ThemeRecurrence", "Person");
	}

	@Test
	void variablesOverGetThatAreNotJsonAreABadRequest() {
		GraphQlHttp.Reply reply = graphql.get("query($code: String) { authority(code: $code) { name } }", "{code: E1");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body().at("/errors/0/message").asString()).contains("variables parameter is not a JSON object");
	}

	@Test
	void mutationsAreRefusedOverGet() {
		GraphQlHttp.Reply reply = graphql.get("mutation { reindex { summary } }", null);

		assertThat(reply.status()).isEqualTo(405);
	}

	@Test
	void introspectionIsOnDespiteItsDepth() {
		JsonNode body = graphql.send(
				"{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name "
						+ "ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } } }",
				null, Map.of()).body();

		assertThat(body.has("errors")).isFalse();
		assertThat(body.at("/data/__schema/types").valueStream().map(t -> t.get("name").asString())).contains("ThemeRecurrence");
	}

	@Test
	void mutationsNeedTheEditor() {
		JsonNode body = graphql.send(GraphQlHttp.document("mutations"), "DeleteDocument", Map.of("hash", "h-staffs-2018"))
			.body();

		assertThat(body.at("/errors/0/extensions/classification").asString()).isIn("UNAUTHORIZED", "FORBIDDEN");
		assertThat(graphql.post("documents", "Document", Map.of("hash", "h-staffs-2018")).at("/data/document/hash")
			.asString()).isEqualTo("h-staffs-2018");
	}

	@Test
	void theEditorDeletesADocumentWithEverythingDerivedFromIt() {
		try {
			JsonNode body = graphql.as("editor", "test-secret")
				.post("mutations", "DeleteDocument", Map.of("hash", "h-staffs-2018"));

			assertThat(body.at("/data/deleteDocument").asBoolean()).isTrue();
			assertThat(graphql.send(GraphQlHttp.document("documents"), "Document", Map.of("hash", "h-staffs-2018"))
				.body().at("/errors/0/extensions/classification").asString()).isEqualTo("NOT_FOUND");
			assertThat(graphql.post("findings", "Findings", Map.of()).at("/data/findings/totalCount").asInt()).isEqualTo(23);
		}
		finally {
			reloadFixture();
		}
	}

	@Test
	void theEditorIngestsADocumentThroughThePipeline() throws Exception {
		String text = Files.readString(Path.of("graph-seed/documents/2018-07-19-staffordshire-focused-visit-letter.txt"));
		JsonNode outcome = graphql.as("editor", "test-secret")
			.post("mutations", "IngestDocument", Map.of("fileName", "staffordshire.txt", "contentBase64",
					Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))))
			.at("/data/ingestDocument");

		assertThat(outcome.get("file").asString()).isEqualTo("staffordshire.txt");
		assertThat(outcome.get("hash").asString()).hasSize(64);
		assertThat(outcome.get("status").asString()).isIn("INGESTED", "COPY", "FAILED");
		if ("COPY".equals(outcome.get("status").asString())) {
			// The fixture holds this letter's text under a hash of its own: the same publication.
			assertThat(outcome.at("/copyOf/hash").asString()).isEqualTo("h-staffs-2018");
		}
		reloadFixture();
	}

	private void assertBadRequest(String query, String advice) {
		JsonNode body = graphql.send(query, null, Map.of()).body();
		assertThat(body.at("/errors/0/extensions/classification").asString()).as(query).isEqualTo("BAD_REQUEST");
		assertThat(body.at("/errors/0/message").asString()).as(query).contains(advice);
		assertThat(body.toString()).doesNotContain("Exception").doesNotContain("at uk.");
	}
}
