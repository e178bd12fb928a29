package uk.inspectiongraph.graph.write;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Takes away what documents' extractions derived (findings, judgements, roles, inspections and
 * their reports of events) and then settles the events and people that touched: brings the events
 * and every roll-up up to date and deletes what nothing speaks of any more. Shared by the writer's
 * replacing, superseding and deleting, which all run inside the caller's transaction.
 */
@Component
class DerivedFacts {

	private final Neo4jClient neo4j;

	DerivedFacts(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Removes what earlier extractions derived from the documents; returns the events and people they touched. */
	Touched remove(List<String> hashes) {
		Set<String> events = new LinkedHashSet<>();
		Set<String> people = new LinkedHashSet<>();
		neo4j.query(DocumentWriteQueries.DELETE_DERIVED).bindAll(Map.of("hashes", hashes)).fetch().all().forEach(row -> {
			events.addAll(strings(row.get("events")));
			people.addAll(strings(row.get("people")));
		});
		return new Touched(events, people);
	}

	private void deleteOrphans(Touched removed) {
		if (!removed.events().isEmpty() || !removed.people().isEmpty()) {
			run(DocumentWriteQueries.DELETE_ORPHANS,
					Map.of("events", List.copyOf(removed.events()), "people", List.copyOf(removed.people())));
		}
	}

	/**
	 * After facts were written or removed: refreshes the events {@code events} and the roll-ups of
	 * them and their inspectors, then deletes the orphans of the removal.
	 */
	void settle(Set<String> events, Touched removed) {
		refreshEvents(events);
		deleteOrphans(removed);
	}

	/**
	 * Brings the events a write or delete touched up to date with the documents that now report
	 * them, and every roll-up with the events: what the events added to the theme-year cells and
	 * their inspectors' roll-up is taken away while their event roll-up is still the one added, then
	 * what they raise now is added, so the work is bounded by the events, not by the graph. Every
	 * statement that summarises events belongs here, after all facts are written and before orphans
	 * are deleted; each takes the touched events' keys as {@code $keys}.
	 */
	private void refreshEvents(Set<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		Map<String, Object> parameters = Map.of("keys", List.copyOf(keys));
		List<String> people = List.copyOf(neo4j.query(PersonRollupQueries.SUBTRACT)
			.bindAll(parameters)
			.fetchAs(String.class)
			.all());
		run(ThemeYearRollupQueries.SUBTRACT, parameters);
		run(ColumnRollupQueries.SUBTRACT, parameters);
		run(ThemePairRollupQueries.SUBTRACT, parameters);
		run(DocumentWriteQueries.REFRESH_EVENTS, parameters);
		run(DocumentWriteQueries.REFRESH_JOINT_FACTS, JointCatalog.parameters(keys));
		run(EventRollupQueries.REFRESH, parameters);
		run(ThemeYearRollupQueries.ADD, parameters);
		run(ColumnRollupQueries.ADD, parameters);
		run(ThemePairRollupQueries.ADD, parameters);
		run(PersonRollupQueries.ADD, PersonRollupQueries.parameters(keys, people));
	}

	/** Rebuilds the theme-year, column, theme-pair and inspectors' roll-ups of the whole graph from the event roll-up. */
	void rebuildRollups() {
		run(ThemeYearRollupQueries.REFRESH_ALL, Map.of());
		run(ColumnRollupQueries.REFRESH_ALL, Map.of());
		run(ThemePairRollupQueries.REFRESH_ALL, Map.of());
		run(PersonRollupQueries.REFRESH_ALL, Map.of());
	}

	private static List<String> strings(Object list) {
		return list == null ? List.of() : ((Collection<?>) list).stream().map(String::valueOf).toList();
	}

	private void run(String cypher, Map<String, Object> parameters) {
		neo4j.query(cypher).bindAll(parameters).run();
	}

	/** The events and people (keys) that a removal of derived facts let go of. */
	record Touched(Set<String> events, Set<String> people) {

		static final Touched NONE = new Touched(Set.of(), Set.of());

		Touched and(Touched more) {
			Set<String> events = new LinkedHashSet<>(this.events);
			events.addAll(more.events);
			Set<String> people = new LinkedHashSet<>(this.people);
			people.addAll(more.people);
			return new Touched(events, people);
		}
	}}
