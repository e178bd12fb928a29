package uk.inspectiongraph.api.theme;

import uk.inspectiongraph.reading.taxonomy.Theme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.cypher.Batches;
import uk.inspectiongraph.api.cypher.Batches.Keyed;
import uk.inspectiongraph.api.cypher.CypherReader;

/**
 * Loads the themes raised on people's visits for every {@code Person.themesRaised} field of a
 * request together: the DataLoader {@code themesRaised}, keyed by person, {@code first} and the
 * scope of the visits that count. One statement per distinct {@code first} and scope (a request
 * usually asks one), whatever the number of people: from the inspectors' roll-up when every visit
 * counts, from the events' roll-up of the visits in scope when {@code inspectors} was filtered.
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

	/**
	 * Per person with visits in scope (the events they inspected that the scope keeps), their first
	 * {@code $first} themes summed from the events' roll-up {@code RAISED} as an authority's themes
	 * are ({@link ThemeCountController#countsOfEvents}): what the person's roll-up holds, for the
	 * visits in scope only.
	 */
	static final String THEMES_ON_VISITS_IN_SCOPE = """
			CALL () {
			  UNWIND $keys AS key
			  MATCH (:Person {key: key})-[:INSPECTED]->(e:Event)-[:AT]->(a:Authority)
			  WHERE %s
			  %s
			}
			RETURN key, collect({slug: slug, name: name, concernCount: concernCount, strengthCount: strengthCount,
			       findingCount: findingCount, years: years})[..$first] AS counts""".formatted(Scope.EVENT_PREDICATE,
			ThemeCountController.countsOfEvents(Scope.RAISED_PREDICATE));

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
		keys.stream().collect(Collectors.groupingBy(Key::question)).forEach((question, group) -> {
			Map<String, List<ThemeCount>> counts = counts(question, Batches.keys(group, Key::person));
			group.forEach(key -> loaded.put(key, counts.getOrDefault(key.person(), List.of())));
		});
		return loaded;
	}

	/** The themes of these people for one {@code first} and scope: from their roll-up, or from their visits in scope. */
	private Map<String, List<ThemeCount>> counts(Question question, List<String> people) {
		Map<String, Object> parameters = Map.of("keys", people, "first", question.first());
		String statement = question.visits() == null ? THEMES_ON_VISITS_OF : THEMES_ON_VISITS_IN_SCOPE;
		Map<String, Object> scoped = question.visits() == null ? parameters : question.visits().parameters(parameters);
		return cypher
			.list(statement, scoped, row -> new Keyed<>(row.get("key").asString(),
					row.get("counts").asList(count -> ThemeCount.of(count, catalog))))
			.stream()
			.collect(Collectors.toMap(Keyed::key, Keyed::value));
	}
}
