package uk.inspectiongraph.reading.taxonomy;

import java.util.List;

/**
 * The phrases, in the taxonomy's phrase syntax, that mark a clause as raising a concern or a
 * strength, and the negations that turn a following strength cue ("not consistently good") into
 * a concern.
 */
public record PolarityCues(List<String> concern, List<String> strength, List<String> negations) {

	public PolarityCues {
		concern = List.copyOf(concern);
		strength = List.copyOf(strength);
		negations = List.copyOf(negations);
	}
}
