package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.theme.ThemeCatalog;

/**
 * Which themes persist: per authority, its events with findings in time order; per theme raised
 * (with the polarity asked) at any of them, the events that raised it and the events after the
 * last one. A theme raised again at a later event and still at the latest is PERSISTED; one not
 * raised at the authority's later events has STOPPED; one raised only at the latest event is NEW.
 * One statement, reading the roll-up ({@code RAISED}, or {@code RAISED_AS} when some finding kinds
 * only count) of the events, not their findings; it
 * returns one row per authority, with its events read once and each theme's events as positions
 * in them, and stops after the first {@code limit} authority-theme pairs when asked. The
 * authorities are taken in name order before their events are read, one at a time, so that a
 * limit stops the reading too: a page of all authorities reads the first authorities' events, not
 * every event of the graph.
 */
@Component
class PersistenceQueries {

	/** Per authority in scope, its events with findings and each theme raised at them, as positions in those events. */
	static final String BY_AUTHORITY = """
			MATCH (a:Authority)
			WHERE ($authorityCodes IS NULL OR %3$s)
			  AND ($regions IS NULL OR toLower(a.region) IN $regions)
			  AND ($authorityTypes IS NULL OR toLower(a.type) IN $authorityTypes)
			WITH a ORDER BY a.name
			CALL (a) {
			  MATCH (a)<-[:AT]-(e:Event)
			  WHERE %1$s AND e.findingCount > 0
			  WITH e ORDER BY e.startDate, e.key
			  RETURN collect(e) AS events
			}
			WITH a, events
			WHERE size(events) > 0
			CALL (events) {
			  UNWIND range(0, size(events) - 1) AS i
			  WITH i, events[i] AS e
			  MATCH (e)-[r:RAISED]->(t:Theme)
			  WHERE %2$s
			  WITH t, i ORDER BY i
			  WITH t, collect(DISTINCT i) AS raised
			  ORDER BY size(raised) DESC, t.name
			  RETURN collect({slug: t.slug, name: t.name, raised: raised}) AS themes
			}
			WITH a, events, themes, [x IN events | x.startDate] AS dates
			WITH a, events, [th IN themes | th {.*, later: [j IN range(0, size(dates) - 1)
			     WHERE dates[j] > dates[last(th.raised)]]}] AS themes
			WITH a, events, [th IN themes | th {.*, status: CASE WHEN size(th.later) > 0 THEN 'STOPPED'
			     WHEN size(th.raised) > 1 THEN 'PERSISTED' ELSE 'NEW' END}] AS themes
			WITH a, events, [th IN themes WHERE $statuses IS NULL OR th.status IN $statuses] AS themes
			WHERE size(themes) > 0
			UNWIND themes AS theme
			WITH a, events, theme LIMIT $limit
			WITH a, head(collect(events)) AS events, collect(theme) AS themes
			RETURN %4$s AS authority,
			       [x IN events | x {.key, .kind, .startDate, .startPrecision, .endDate, .endPrecision, .year, .focus}]
			         AS events, themes
			ORDER BY a.name""".formatted(Scope.EVENT_PREDICATE, Scope.RAISED_PREDICATE, Scope.AUTHORITY_MATCH,
			AuthorityView.PROJECTION);

	/** {@link #BY_AUTHORITY} for some finding kinds: themes raised by findings of those kinds only. */
	static final String BY_AUTHORITY_BY_KIND = Scope.byFindingKind(BY_AUTHORITY);

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	PersistenceQueries(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	/** Per authority in scope, its events and its themes, cut after {@code limit} authority-theme pairs. */
	List<AuthorityPersistence> byAuthority(Scope scope, List<String> statuses, Integer limit) {
		Map<String, Object> more = new HashMap<>();
		more.put("statuses", statuses == null || statuses.isEmpty() ? null : statuses);
		more.put("limit", limit == null ? Integer.MAX_VALUE : limit);
		return cypher.list(scope.narrowsFindingKinds() ? BY_AUTHORITY_BY_KIND : BY_AUTHORITY, scope.parameters(more),
				this::authority);
	}

	/** The same answer with one row per authority and theme. */
	List<ThemePersistence> rows(Scope scope, List<String> statuses, Integer limit) {
		return byAuthority(scope, statuses, limit).stream().flatMap(authority -> authority.rows().stream()).toList();
	}

	/** One authority's row: its events, and its themes with their positions in them resolved. */
	private AuthorityPersistence authority(Record row) {
		List<EventView> events = row.get("events").asList(EventView::of);
		return new AuthorityPersistence(AuthorityView.of(row.get("authority")), events,
				row.get("themes").asList(theme -> persistedTheme(theme, events)));
	}

	/** A theme of the row, naming its events by their positions in the authority's {@code events}. */
	private AuthorityPersistence.PersistedTheme persistedTheme(Value theme, List<EventView> events) {
		List<EventView> raised = theme.get("raised").asList(i -> events.get(i.asInt()));
		return new AuthorityPersistence.PersistedTheme(themes.view(theme.get("slug").asString(),
				theme.get("name").asString()), theme.get("status").asString(), raised.size() > 1, raised,
				theme.get("later").asList(i -> events.get(i.asInt())), raised.get(0).year(),
				raised.get(raised.size() - 1).year());
	}
}
