package uk.inspectiongraph.graph.write;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.inspectiongraph.domain.DeepDive;
import uk.inspectiongraph.domain.Inspectorate;

/**
 * The controlled lists of joint inspections (deep-dive subjects with the themes they concern, the
 * inspectorates) as the parameters of {@link DocumentWriteQueries#REFRESH_JOINT_FACTS}: the graph's
 * {@code DeepDive} and {@code Inspectorate} nodes take their names from the domain's enums.
 */
final class JointCatalog {

	private JointCatalog() {
	}

	static Map<String, Object> parameters(Set<String> keys) {
		List<Map<String, Object>> deepDives = Arrays.stream(DeepDive.values())
			.map(d -> Map.<String, Object>of("slug", d.name(), "name", d.title(), "themes", d.themes()))
			.toList();
		List<Map<String, Object>> inspectorates = Arrays.stream(Inspectorate.values())
			.map(i -> Map.<String, Object>of("code", i.name(), "name", i.title()))
			.toList();
		return Map.of("keys", List.copyOf(keys), "deepDives", deepDives, "inspectorates", inspectorates);
	}
}
