package uk.inspectiongraph.graph.write;

import uk.inspectiongraph.graph.write.GraphRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a batch of documents into rounds that are written one after the other in the batch's
 * transaction, so that no round holds two documents that could be one publication (same authority
 * and kind, and a shared event or title): copies are recognised against what earlier rounds wrote,
 * exactly as if the documents had come one at a time. A batch with no such pair is one round.
 */
final class PublicationRounds {

	private PublicationRounds() {
	}

	/** The indexes of the rows, in rounds, each in input order. */
	static List<List<Integer>> of(List<GraphRows> rows) {
		List<List<Integer>> rounds = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			GraphRows row = rows.get(i);
			List<Integer> round = rounds.stream()
				.filter(candidate -> candidate.stream().noneMatch(j -> couldBeOnePublication(rows.get(j), row)))
				.findFirst()
				.orElse(null);
			if (round == null) {
				round = new ArrayList<>();
				rounds.add(round);
			}
			round.add(i);
		}
		return rounds;
	}

	static boolean couldBeOnePublication(GraphRows a, GraphRows b) {
		if (!a.authorityCode().equals(b.authorityCode())
				|| !Objects.equals(a.document().get("kind"), b.document().get("kind"))) {
			return false;
		}
		Object title = a.document().get("title");
		return (title != null && title.equals(b.document().get("title")))
				|| a.eventKeys().stream().anyMatch(b.eventKeys()::contains);
	}
}
