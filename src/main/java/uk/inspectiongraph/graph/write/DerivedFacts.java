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
	 * After facts were written or removed: refreshes the events {@code events} (with the roll-ups of
	 * their inspectors and of the people the removal let go of), then deletes the orphans of the removal.
	 */
	void settle(Set<String> events, Touched removed) {
		refreshEvents(events, removed.people());
		deleteOrphans(removed);
	}

	/**
	 * Brings the events a write or delete touched up to date with the documents that now report
	 * them, and the roll-up of their inspectors and of the people a removal let go of. Every
	 * statement that summarises events belongs here, after all facts are written and before
	 * orphans are deleted.
	 */
	private void refreshEvents(Set<String> keys, Set<String> people) {
		if (!keys.isEmpty()) {
			List<Map<String, Object>> cellsBefore = cellsOf(keys);
			run(DocumentWriteQueries.REFRESH_EVENTS, Map.of("keys", List.copyOf(keys)));
			run(DocumentWriteQueries.REFRESH_JOINT_FACTS, JointCatalog.parameters(keys));
			run(EventRollupQueries.REFRESH, EventRollupQueries.parameters(keys));
			run(ThemeYearRollupQueries.REFRESH, ThemeYearRollupQueries.parameters(keys, cellsBefore));
		}
		if (!keys.isEmpty() || !people.isEmpty()) {
			run(PersonRollupQueries.REFRESH, PersonRollupQueries.parameters(keys, people));
		}
	}

	/** The theme-year cells (year and kind) the events are in before their refresh. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> cellsOf(Set<String> keys) {
		return neo4j.query(ThemeYearRollupQueries.CELLS_OF_EVENTS)
			.bindAll(Map.of("keys", List.copyOf(keys)))
			.fetchAs(Map.class)
			.mappedBy((types, record) -> record.get("cell").asMap())
			.all()
			.stream()
			.map(cell -> (Map<String, Object>) cell)
			.toList();
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
