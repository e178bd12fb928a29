package uk.inspectiongraph.api.theme;

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
 * Loads the themes raised on people's visits for every {@code Person.themesRaised} field of a
 * request together: the DataLoader {@code themesRaised}, keyed by person, {@code first} and the
 * scope of the visits that count. One statement per distinct {@code first} and scope (a request
 * usually asks one), whatever the number of people: from the inspectors' roll-up when every visit
 * counts or only a range of years narrows them, from the events' roll-up of the visits in scope when {@code inspectors} was filtered
 * (its roll-up by finding kind when the filter names finding kinds).
 */
@Component
class ThemesRaisedLoader {

	/**
	 * A person's key, how many of their themes are asked for, and the scope of the visits that
	 * count (null for all of them).
	 */
	record Key(String person, int first, Scope visits) {

		/** What one statement answers for every person of a batch. */
		Question question() {
			return new Question(first, visits);
		}
	}

	/** How many themes each person's list holds, and the visits that count (null for all). */
	record Question(int first, Scope visits) {

		/**
		 * From the people's roll-up when every visit counts or only years narrow them (its sums per
		 * year), from their visits in scope otherwise.
		 */
		String statement() {
			if (visits == null) {
				return ThemeQueries.THEMES_ON_VISITS_OF;
			}
			if (visits.narrowsYearsOnly()) {
				return ThemeQueries.THEMES_ON_VISITS_IN_YEARS;
			}
			return visits.narrowsFindingKinds() ? ThemeQueries.THEMES_ON_VISITS_BY_KIND
					: ThemeQueries.THEMES_ON_VISITS_IN_SCOPE;
		}

		/** What the statement reads beside the people's keys. */
		Map<String, Object> parameters() {
			Map<String, Object> parameters = Map.of("first", first);
			return visits == null ? parameters : visits.parameters(parameters);
		}
	}

	private final BatchReader batches;

	private final ThemeCatalog catalog;

	ThemesRaisedLoader(BatchLoaderRegistry registry, BatchReader batches, ThemeCatalog catalog) {
		this.batches = batches;
		this.catalog = catalog;
		registry.<Key, List<ThemeCount>>forName("themesRaised")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> load(keys)));
	}

	/** Every key's themes, one statement per question; a person without any gets an empty list. */
	Map<Key, List<ThemeCount>> load(Set<Key> keys) {
		Map<Key, List<ThemeCount>> loaded = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(Key::question)).forEach((question, group) -> {
			Map<Key, List<ThemeCount>> counts = batches.singles(question.statement(), question.parameters(), group,
					Key::person, row -> row.get("counts").asList(count -> ThemeCount.of(count, catalog)));
			group.forEach(key -> loaded.put(key, counts.getOrDefault(key, List.of())));
		});
		return loaded;
	}
}
