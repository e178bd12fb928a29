package uk.inspectiongraph.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.authority.AuthorityView;
import uk.inspectiongraph.inspection.EventView;
import uk.inspectiongraph.system.CypherReader;
import uk.inspectiongraph.theme.ThemeCatalog;

/**
 * Which themes persist: per authority, its events with findings in time order; per theme raised
 * (with the polarity asked) at any of them, the events that raised it and the events after the
 * last one. A theme raised again at a later event and still at the latest is PERSISTED; one not
 * raised at the authority's later events has STOPPED; one raised only at the latest event is NEW.
 * One statement, reading the roll-up ({@code RAISED}) of the events, not their findings.
 */
@Component
class PersistenceQuery {

	static final String CYPHER = """
			MATCH (a:Authority)<-[:AT]-(e:Event)
			WHERE %s AND e.findingCount > 0
			WITH a, e ORDER BY e.startDate, e.key
			WITH a, collect(e) AS events
			UNWIND events AS e
			MATCH (e)-[r:RAISED]->(t:Theme)
			WHERE %s
			WITH a, events, t, e ORDER BY e.startDate, e.key
			WITH a, events, t, collect(DISTINCT e) AS raised
			WITH a, t, raised, [x IN events WHERE x.startDate > last(raised).startDate] AS later
			WITH a, t, raised, later,
			     CASE WHEN size(later) > 0 THEN 'STOPPED' WHEN size(raised) > 1 THEN 'PERSISTED' ELSE 'NEW' END AS status
			WHERE $statuses IS NULL OR status IN $statuses
			RETURN a AS authority, t.slug AS slug, t.name AS name, raised, later, status
			ORDER BY a.name, size(raised) DESC, name""".formatted(Scope.EVENT_PREDICATE, Scope.RAISED_PREDICATE);

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	PersistenceQuery(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	List<ThemePersistence> run(Scope scope, List<String> statuses) {
		Map<String, Object> more = new HashMap<>();
		more.put("statuses", statuses == null || statuses.isEmpty() ? null : statuses);
		return cypher.list(CYPHER, scope.parameters(more), this::persistence);
	}

	private ThemePersistence persistence(Record row) {
		List<EventView> raised = row.get("raised").asList(EventView::of);
		return new ThemePersistence(AuthorityView.of(row.get("authority")),
				themes.view(row.get("slug").asString(), row.get("name").asString()), row.get("status").asString(),
				raised.size() > 1, raised, row.get("later").asList(EventView::of), raised.get(0).year(),
				raised.get(raised.size() - 1).year());
	}
}
