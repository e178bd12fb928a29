package uk.inspectiongraph.graph.schema;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A fingerprint follows the rows' content, not the order a map happens to iterate in. */
class ReferenceFingerprintTest {

	@Test
	void theSameRowsInAnotherMapOrderHaveTheSameFingerprint() {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put("code", "E08000016");
		one.put("neighbours", List.of(Map.of("rank", 1, "code", "E08000017")));
		Map<String, Object> other = new LinkedHashMap<>();
		other.put("neighbours", List.of(new HashMap<>(Map.of("code", "E08000017", "rank", 1))));
		other.put("code", "E08000016");

		assertThat(ReferenceFingerprint.of(List.of(one))).isEqualTo(ReferenceFingerprint.of(List.of(other)))
			.hasSize(64);
	}

	@Test
	void aChangedValueChangesTheFingerprintAndTheRowsOrderDoesNot() {
		List<Map<String, Object>> rows = List.of(Map.of("slug", "adoption"), Map.of("slug", "caseloads"));

		assertThat(ReferenceFingerprint.of(rows))
			.isNotEqualTo(ReferenceFingerprint.of(List.of(Map.of("slug", "adoption"), Map.of("slug", "caseload"))))
			.isEqualTo(ReferenceFingerprint.of(List.of(rows.get(1), rows.get(0))));
		assertThat(ReferenceFingerprint.of(List.of(Map.of("aliases", List.of("a", "b")))))
			.isNotEqualTo(ReferenceFingerprint.of(List.of(Map.of("aliases", List.of("b", "a")))));
	}
}
