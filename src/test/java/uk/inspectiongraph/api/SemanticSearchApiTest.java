package uk.inspectiongraph.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Search by meaning and similar findings on the seed-graph fixture, whose 29 findings carry the
 * vectors of the application's model (deterministic, so the neighbours are exact).
 */
class SemanticSearchApiTest extends ApiTest {

	private static final String WAITING = "children wait too long for a social worker";

	@Test
	void semanticSearchFusesMeaningAndWordsByReciprocalRank() {
		JsonNode hits = graphql.post("semantic", "SemanticSearch", Map.of("text", WAITING, "first", 3))
			.at("/data/semanticSearch");

		assertThat(ids(hits, "/finding/id")).containsExactly("h-warr-2022:f1", "h-warks-2018:f2", "h-warks-2022:f5");
		// third by meaning, first by words: 1/(60+3) + 1/(60+1)
		assertThat(hits.at("/0/score").asDouble()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-9));
		assertThat(hits.at("/0/snippet").asString()).contains("<mark>social</mark> <mark>worker</mark>");
		assertThat(hits.at("/2/finding/text").asString())
			.isEqualTo("Social workers listen to the views of children and ensure they are involved in decisions that impact them.");
	}

	@Test
	void semanticSearchKeepsToTheFindingKindsAsked() {
		JsonNode hits = graphql.post("semantic", "SemanticSearch",
				Map.of("text", WAITING, "findingKinds", List.of("AREA_FOR_IMPROVEMENT"))).at("/data/semanticSearch");

		assertThat(ids(hits, "/finding/kind")).isNotEmpty().allMatch("AREA_FOR_IMPROVEMENT"::equals);
		assertThat(ids(hits, "/finding/id")).contains("h-warks-2018:f2");
	}

	@Test
	void similarFindsTheSameThingSaidElsewhereMostSimilarFirst() {
		JsonNode first = graphql.post("semantic", "SimilarFindings", Map.of("text", WAITING, "first", 1))
			.at("/data/semanticSearch/0/finding");

		assertThat(first.get("id").asString()).isEqualTo("h-warr-2022:f1");
		JsonNode similar = first.get("similar");
		assertThat(ids(similar, "/finding/id")).containsExactly("h-staffs-2018:f1", "h-warks-2018:f2", "h-staffs-2018:f3",
				"h-staffs-2018:f5", "h-warks-2022:f5");
		assertThat(similar.at("/0/similarity").asDouble()).isCloseTo(0.7777, within(1e-3));
		assertThat(ids(similar, "/finding/authority/name")).doesNotContain("Warrington Borough Council");
	}

	@Test
	void similarKeepsToTheScopeAndAllowsTheSameAuthorityInAnotherYear() {
		JsonNode similar = graphql.post("semantic", "SimilarFindings",
				Map.of("text", WAITING, "first", 1, "where", Map.of("authorities", List.of("Warwickshire"))))
			.at("/data/semanticSearch/0/finding/similar");

		assertThat(ids(similar, "/finding/id").subList(0, 2)).containsExactly("h-warks-2018:f2", "h-warks-2022:f5");
		assertThat(ids(similar, "/finding/authority/name")).allMatch("Warwickshire County Council"::equals);
	}

	@Test
	void everyFindingOfTheFixtureHasItsVectorOfTheModel() {
		JsonNode progress = graphql.post("semantic", "EmbeddingProgress", Map.of()).at("/data/graphStats/embeddings");

		assertThat(progress.get("model").asString()).isEqualTo("all-MiniLM-L6-v2-q@1.19.0-beta29");
		assertThat(progress.get("embeddedFindings").asInt()).isEqualTo(29);
		assertThat(progress.get("findingCount").asInt()).isEqualTo(29);
	}

	@Test
	void anEmptyQuestionIsABadRequestSayingWhatToAsk() {
		JsonNode body = graphql.send(GraphQlHttp.document("semantic"), "SemanticSearch", Map.of("text", " ")).body();

		assertThat(body.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(body.at("/errors/0/message").asString()).contains("text must not be empty");
	}

	private static List<String> ids(JsonNode list, String pointer) {
		return list.valueStream().map(item -> item.at(pointer).asString()).toList();
	}
}
