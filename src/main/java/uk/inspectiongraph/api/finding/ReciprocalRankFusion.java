package uk.inspectiongraph.api.finding;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion: each ranking adds {@code 1 / (60 + rank)} to the score of every item it
 * holds (rank 1 first), and the items are ordered by the sum. It fuses the ranking by meaning with
 * the full-text ranking of {@code semanticSearch}: ranks, not scores, because a cosine and a
 * Lucene score are on unrelated scales, and 60 (the constant the method was proposed with) keeps
 * one ranking's first places from outweighing items both rankings place well.
 */
final class ReciprocalRankFusion {

	static final int K = 60;

	/** An item and its fused score. */
	record Fused(String id, double score) {
	}

	private ReciprocalRankFusion() {
	}

	/** The best {@code first} items of the rankings, by fused score, ties by id. */
	static List<Fused> fuse(List<List<String>> rankings, int first) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (List<String> ranking : rankings) {
			for (int i = 0; i < ranking.size(); i++) {
				scores.merge(ranking.get(i), 1.0 / (K + i + 1), Double::sum);
			}
		}
		return scores.entrySet()
			.stream()
			.map(entry -> new Fused(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingDouble(Fused::score).reversed().thenComparing(Fused::id))
			.limit(first)
			.toList();
	}
}
