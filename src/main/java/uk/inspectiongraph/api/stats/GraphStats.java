package uk.inspectiongraph.api.stats;

import java.util.List;

/** How much the graph holds: node counts per label and the number of relationships. */
public record GraphStats(long nodeCount, long relationshipCount, List<LabelCount> labels) {

	/** How many nodes carry one label. */
	public record LabelCount(String label, long count) {
	}

	public long count(String label) {
		return labels.stream().filter(l -> l.label().equals(label)).mapToLong(LabelCount::count).findFirst().orElse(0);
	}
}
