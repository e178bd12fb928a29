package uk.inspectiongraph.theme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.system.Batches;
import uk.inspectiongraph.system.Batches.Keyed;
import uk.inspectiongraph.system.CypherReader;

/**
 * Loads the themes raised on people's visits for every {@code Person.themesRaised} field of a
 * request together: the DataLoader {@code themesRaised}, keyed by person and {@code first}. One
 * statement per distinct {@code first} (a request usually asks one), whatever the number of people.
 */
@Component
class ThemesRaisedLoader {

	/**
	 * One row per person who has any, from the person's roll-up (see {@code ingest/PersonRollup}):
	 * the person's first {@code $first} themes, most findings first, as the roll-up's {@code rank}
	 * already orders them.
	 */
	static final String THEMES_ON_VISITS_OF = """
			UNWIND $keys AS key
			MATCH (:Person {key: key})-[r:RAISED_ON_VISITS]->(t:Theme)
			WHERE r.rank < $first
			WITH key, r, t ORDER BY r.rank
			RETURN key, collect({slug: t.slug, name: t.name, concernCount: r.concerns, strengthCount: r.strengths,
			       findingCount: r.findings, years: r.years}) AS counts""";

	/** A person's key and how many of their themes are asked for. */
	record Key(String person, int first) {
	}

	private final CypherReader cypher;

	private final ThemeCatalog catalog;

	ThemesRaisedLoader(BatchLoaderRegistry registry, CypherReader cypher, ThemeCatalog catalog) {
		this.cypher = cypher;
		this.catalog = catalog;
		registry.<Key, List<ThemeCount>>forName("themesRaised")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> load(keys)));
	}

	/** Every key's themes; a person without any gets an empty list. */
	Map<Key, List<ThemeCount>> load(Set<Key> keys) {
		Map<Key, List<ThemeCount>> loaded = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(Key::first)).forEach((first, group) -> {
			Map<String, List<ThemeCount>> counts = cypher
				.list(THEMES_ON_VISITS_OF, Map.of("keys", Batches.keys(group, Key::person), "first", first),
						row -> new Keyed<>(row.get("key").asString(),
								row.get("counts").asList(count -> ThemeCount.of(count, catalog))))
				.stream()
				.collect(Collectors.toMap(Keyed::key, Keyed::value));
			group.forEach(key -> loaded.put(key, counts.getOrDefault(key.person(), List.of())));
		});
		return loaded;
	}
}
