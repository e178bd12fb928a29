package uk.inspectiongraph.api.finding;

import java.util.Locale;
import java.util.Map;

import org.apache.lucene.queryparser.classic.QueryParser;

import uk.inspectiongraph.api.scope.Scope;

/**
 * The Cypher of search by meaning. Findings carry a vector of their text (filled by
 * {@code graph/embedding}) under the cosine vector index {@code finding_embedding}. A search
 * ranks findings twice, by the cosine of their vector to the question's and by the full-text
 * score of the question's words, and fuses the two rankings by reciprocal rank (each list adds
 * {@code 1 / (60 + rank)}), all in one statement: ranks, not scores, because the two scores are on unrelated scales, and
 * 60 is the constant of the method's authors, which keeps one list's first places from
 * outweighing agreement between both. Without a scope the candidates come from the indexes;
 * within a scope every finding of the scope is ranked, so a narrow scope is never left with
 * nothing.
 */
final class SemanticQueries {

	/** Candidates each ranking contributes to the fusion when no scope narrows the findings. */
	static final int POOL = 100;

	/** Neighbours looked at per finding for {@code similar} within a scope, before the scope filters them. */
	static final int SCOPED_POOL = 1000;

	/** The candidates of one ranking, best first, as the list {@code %s}. */
	private static final String RANKED = """
			WITH f, score ORDER BY score DESC, f.id
			LIMIT $pool
			RETURN collect(f) AS %s""";

	/** The findings nearest the question's vector, from the vector index (no scope). */
	private static final String BY_MEANING = """
			CALL db.index.vector.queryNodes('finding_embedding', $pool, $vector) YIELD node AS f, score
			""" + FindingQueries.filterCarrying(", score") + RANKED.formatted("byMeaning");

	/** The findings of the scope nearest the question's vector, every one of them compared. */
	private static final String BY_MEANING_IN_SCOPE = """
			MATCH (f:Finding) WHERE f.embedding IS NOT NULL
			WITH f, vector.similarity.cosine(f.embedding, $vector) AS score
			""" + FindingQueries.filterCarrying(", score") + RANKED.formatted("byMeaning");

	/** The findings of the scope best matching the question's words in the full-text index. */
	private static final String BY_WORDS = """
			CALL db.index.fulltext.queryNodes('finding_text', $words, {limit: $wordLimit}) YIELD node AS f, score
			""" + FindingQueries.filterCarrying(", score") + RANKED.formatted("byWords");

	/**
	 * The two rankings fused by reciprocal rank (each adds {@code 1 / (60 + rank)}, rank 1 first),
	 * the best {@code $first} by fused score, ties by id, each with its projection: one statement,
	 * where the fusion in Java took three round trips.
	 */
	private static final String FUSED = """
			CALL () {
			  %s
			}
			CALL () {
			  %s
			}
			UNWIND [i IN range(0, size(byMeaning) - 1) | {f: byMeaning[i], rank: i + 1}]
			     + [i IN range(0, size(byWords) - 1) | {f: byWords[i], rank: i + 1}] AS ranked
			WITH ranked.f AS f, sum(1.0 / (60 + ranked.rank)) AS score
			ORDER BY score DESC, f.id
			LIMIT $first
			MATCH (f)-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN score, %s AS value
			ORDER BY score DESC, value.id""";

	/** A search over every finding: candidates from both indexes. */
	static final String SEARCH = FUSED.formatted(BY_MEANING, BY_WORDS, FindingView.PROJECTION);

	/** A search within a scope: every finding of the scope ranked by meaning, candidates by words. */
	static final String SEARCH_IN_SCOPE = FUSED.formatted(BY_MEANING_IN_SCOPE, BY_WORDS, FindingView.PROJECTION);

	/**
	 * For each finding of {@code $keys}, the findings nearest in meaning that are elsewhere: in
	 * another document, and about another authority or another year; those within the scope, most
	 * similar first, with their cosine similarity (the index's score {@code (1 + cos) / 2} turned back):
	 * one row per finding that has a vector, its neighbours in the list {@code similar}.
	 */
	static final String SIMILAR = """
			UNWIND $keys AS key
			MATCH (s:Finding {id: key})-[:STATED_IN]->(sd:Document)
			WHERE s.embedding IS NOT NULL
			OPTIONAL MATCH (s)-[:ABOUT]->(se:Event)
			OPTIONAL MATCH (se)-[:AT]->(sea:Authority)
			OPTIONAL MATCH (sd)-[:ABOUT]->(sda:Authority)
			WITH key, s, sd, coalesce(sea, sda) AS sa, coalesce(se.year, sd.date.year) AS sy
			CALL (key, s, sd, sa, sy) {
			  CALL db.index.vector.queryNodes('finding_embedding', $pool, s.embedding) YIELD node AS f, score
			  WITH key, s, sd, sa, sy, f, score WHERE f <> s
			  %s
			  AND d <> sd AND (a IS NULL OR sa IS NULL OR a <> sa OR coalesce(e.year, d.date.year) <> sy)
			  WITH f, d, e, score ORDER BY score DESC, f.id LIMIT $first
			  RETURN %s AS value, 2 * score - 1 AS similarity
			}
			WITH key, value, similarity ORDER BY similarity DESC, value.id
			RETURN key, collect({finding: value, similarity: similarity}) AS similar""".formatted(
			FindingQueries.filterCarrying(", score, key, s, sd, sa, sy"), FindingView.PROJECTION);

	private SemanticQueries() {
	}

	/** The parameters of a search: the scope's, the question's vector and its words for the full-text index. */
	static Map<String, Object> searchParameters(Scope scope, String text, float[] vector, int first) {
		Map<String, Object> parameters = scoped(scope);
		parameters.put("vector", vector);
		parameters.put("words", words(text));
		parameters.put("pool", Math.max(POOL, first));
		parameters.put("first", first);
		parameters.put("wordLimit", narrows(scope) ? Integer.MAX_VALUE : Math.max(POOL, first));
		return parameters;
	}

	/** The parameters of {@link #SIMILAR} besides the keys. */
	static Map<String, Object> similarParameters(Scope scope, int first) {
		Map<String, Object> parameters = scoped(scope);
		parameters.put("first", first);
		parameters.put("pool", narrows(scope) ? SCOPED_POOL : Math.max(POOL, 10 * first));
		return parameters;
	}

	/** Whether the scope keeps fewer than all findings. */
	static boolean narrows(Scope scope) {
		return !scope.parameters().values().stream().allMatch(value -> value == null);
	}

	private static Map<String, Object> scoped(Scope scope) {
		Map<String, Object> parameters = scope.parameters();
		parameters.put("kinds", scope.findingKinds());
		return parameters;
	}

	/** The question as plain words for the full-text index: lower case (no AND, OR, NOT), every character of Lucene's syntax escaped. */
	static String words(String text) {
		return QueryParser.escape(text.toLowerCase(Locale.ROOT));
	}
}
