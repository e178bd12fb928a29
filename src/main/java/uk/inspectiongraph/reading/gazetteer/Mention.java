package uk.inspectiongraph.reading.gazetteer;

import java.util.List;

/**
 * Words of a text that name an authority: tokens {@code first} (inclusive) to {@code last}
 * (exclusive), with every authority that bears that name (more than one when a council was
 * replaced by a namesake, as Dorset County Council by Dorset Council).
 */
record Mention(int first, int last, List<Authority> candidates) {
}
