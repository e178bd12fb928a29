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
 * {@code 1 / (60 + rank)}): ranks, not scores, because the two scores are on unrelated scales, and
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

	private static final String RANKED = """
			WITH f, score ORDER BY score DESC, f.id
			LIMIT $pool
			RETURN f.id AS id""";

	/** The findings nearest the question's vector, from the vector index (no scope). */
	static final String BY_MEANING = """
			CALL db.index.vector.queryNodes('finding_embedding', $pool, $vector) YIELD node AS f, score
			""" + FindingQueries.filterCarrying(", score") + RANKED;

	/** The findings of the scope nearest the question's vector, every one of them compared. */
	static final String BY_MEANING_IN_SCOPE = """
			MATCH (f:Finding) WHERE f.embedding IS NOT NULL
			WITH f, vector.similarity.cosine(f.embedding, $vector) AS score
			""" + FindingQueries.filterCarrying(", score") + RANKED;

	/** The findings of the scope best matching the question's words in the full-text index. */
	static final String BY_WORDS = """
			CALL db.index.fulltext.queryNodes('finding_text', $words, {limit: $wordLimit}) YIELD node AS f, score
			""" + FindingQueries.filterCarrying(", score") + RANKED;

	/** The findings of {@code $ids}, each with its id. */
	static final String FINDINGS = """
			UNWIND $ids AS id
			MATCH (f:Finding {id: id})-[:STATED_IN]->(d:Document)
			OPTIONAL MATCH (f)-[:ABOUT]->(e:Event)
			RETURN id, %s AS value""".formatted(FindingView.PROJECTION);

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
