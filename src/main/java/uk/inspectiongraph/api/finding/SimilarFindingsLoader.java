package uk.inspectiongraph.api.finding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.scope.Scope;

/**
 * Loads {@code Finding.similar} for every finding of a request together: the DataLoader
 * {@code similarFindings}, keyed by finding, {@code first} and scope. One statement
 * ({@link SemanticQueries#SIMILAR}) per distinct {@code first} and scope (a request usually asks
 * one), whatever the number of findings.
 */
@Component
class SimilarFindingsLoader {

	/** A finding's id, how many neighbours it is asked for, and the scope they must be in. */
	record Key(String finding, int first, Scope scope) {

		Question question() {
			return new Question(first, scope);
		}
	}

	/** What one statement answers for every finding of a batch. */
	record Question(int first, Scope scope) {
	}

	private final BatchReader batches;

	SimilarFindingsLoader(BatchLoaderRegistry registry, BatchReader batches) {
		this.batches = batches;
		registry.<Key, List<SimilarFinding>>forName("similarFindings")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> load(keys)));
	}

	/** Every key's neighbours; a finding without a vector yet, or without neighbours, gets an empty list. */
	Map<Key, List<SimilarFinding>> load(Set<Key> keys) {
		Map<Key, List<SimilarFinding>> loaded = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(Key::question)).forEach((question, group) -> {
			Map<Key, List<SimilarFinding>> found = batches.singles(SemanticQueries.SIMILAR,
					SemanticQueries.similarParameters(question.scope(), question.first()), group, Key::finding,
					row -> row.get("similar").asList(hit -> new SimilarFinding(FindingView.of(hit.get("finding")),
							hit.get("similarity").asDouble())));
			group.forEach(key -> loaded.put(key, found.getOrDefault(key, List.of())));
		});
		return loaded;
	}
}
