package uk.inspectiongraph.api.analytics;

import uk.inspectiongraph.api.scope.Scope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.authority.AuthorityView;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.cypher.Rows;
import uk.inspectiongraph.api.theme.ThemeCatalog;

/**
 * Which themes recur across authorities and years: for every theme tagged (in scope) on findings
 * about inspection events, the authorities and years it was raised in, how many events and
 * findings raised it, when it was first and last seen and a few findings as evidence; themes
 * raised at fewer than {@code minAuthorities} authorities are left out, the broadest first.
 * <p>
 * One statement. Asked of every authority (whatever the years, kinds, polarity and themes), it
 * sums the theme-year roll-up ({@code ThemeYear}, see {@code ingest/ThemeYearRollupQueries}), a few
 * thousand cells whatever the number of events; asked of some authorities (by name, region or
 * type), it reads the event roll-up ({@code RAISED}, see {@code ingest/EventRollupQueries}) of their
 * events. Asked of some finding kinds, it reads the same roll-ups split by finding kind
 * ({@code ThemeYearKind} cells, or the events' {@code RAISED_AS}). Either way it carries authorities as ONS codes, reads the sample findings only for the
 * themes it returns and answers one row: the themes, each with its authorities' codes, and every
 * authority they name once (in name order), which each theme's list is filled from.
 */
@Component
class RecurringThemesQueries {

	/**
	 * The shared end of both: the broadest themes first, each with the first few of its sample
	 * findings ({@code sampleLists}, in order) as evidence, and the authorities named read once.
	 */
	private static final String TAIL = """
			ORDER BY size(authorities) DESC, eventCount DESC, findingCount DESC, t.name
			LIMIT $limit
			CALL (t, sampleLists) {
			  UNWIND reduce(s = [], l IN sampleLists | CASE WHEN size(s) >= $samples THEN s ELSE s + l END)[..$samples] AS id
			  MATCH (t)<-[tg:TAGGED]-(f:Finding {id: id})-[:ABOUT]->(e:Event)-[:AT]->(a:Authority)
			  RETURN collect({findingId: f.id, evidence: tg.evidence, text: f.text, authorityName: a.name,
			         year: e.year}) AS evidence
			}
			WITH collect({t: t, authorities: authorities, years: years, eventCount: eventCount,
			     findingCount: findingCount, firstSeen: firstSeen, lastSeen: lastSeen, evidence: evidence}) AS rows
			CALL (rows) {
			  UNWIND rows AS row
			  UNWIND row.authorities AS code
			  WITH DISTINCT code
			  MATCH (a:Authority {code: code})
			  WITH a ORDER BY a.name
			  RETURN collect(a {.code, .name, .type, .region, .urn, .aliases}) AS views
			}
			RETURN [row IN rows | row {.years, .eventCount, .findingCount, .firstSeen, .lastSeen, .evidence,
			       .authorities, slug: row.t.slug, name: row.t.name}] AS themes, views AS authorities""";

	/** The themes' recurrence summed from the theme-year cells in scope. */
	static final String FROM_THEME_YEARS = """
			MATCH (c:ThemeYear)
			WHERE %s AND ($themes IS NULL OR c.theme IN $themes)
			WITH c ORDER BY c.year, c.kind
			WITH c.theme AS slug, collect(c.authorities) AS codeLists, collect(DISTINCT c.year) AS years,
			     sum(c.events) AS eventCount, sum(c.findings) AS findingCount, min(c.firstSeen) AS firstSeen,
			     max(c.lastSeen) AS lastSeen, collect(c.samples) AS sampleLists
			CALL (codeLists) {
			  UNWIND codeLists AS codes
			  UNWIND codes AS code
			  RETURN collect(DISTINCT code) AS authorities
			}
			WITH slug, authorities, years, eventCount, findingCount, firstSeen, lastSeen, sampleLists
			WHERE size(authorities) >= $minAuthorities
			MATCH (t:Theme {slug: slug})
			""".formatted(Scope.CELL_PREDICATE) + TAIL;

	/**
	 * The themes' recurrence summed from the theme-year cells by finding kind in scope: the cells of
	 * the kinds asked, each event counted once however many of the kinds raised the theme there.
	 */
	static final String FROM_THEME_YEAR_KINDS = """
			MATCH (c:ThemeYearKind)
			WHERE %s AND c.findingKind IN $findingKinds AND ($themes IS NULL OR c.theme IN $themes)
			WITH c ORDER BY c.year, c.kind, c.findingKind
			WITH c.theme AS slug, collect(c.authorities) AS codeLists, collect(c.eventKeys) AS keyLists,
			     collect(DISTINCT c.year) AS years, sum(c.findings) AS findingCount, min(c.firstSeen) AS firstSeen,
			     max(c.lastSeen) AS lastSeen, collect(c.samples) AS sampleLists
			CALL (codeLists) {
			  UNWIND codeLists AS codes
			  UNWIND codes AS code
			  RETURN collect(DISTINCT code) AS authorities
			}
			CALL (keyLists) {
			  UNWIND keyLists AS keys
			  UNWIND keys AS key
			  RETURN count(DISTINCT key) AS eventCount
			}
			WITH slug, authorities, years, eventCount, findingCount, firstSeen, lastSeen, sampleLists
			WHERE size(authorities) >= $minAuthorities
			MATCH (t:Theme {slug: slug})
			""".formatted(Scope.CELL_PREDICATE) + TAIL;

	/** The themes' recurrence from the event roll-up of the events in scope. */
	static final String FROM_EVENTS = """
			MATCH (a:Authority)<-[:AT]-(e:Event)-[r:RAISED]->(t:Theme)
			WHERE %s AND %s
			WITH t, a, e, r ORDER BY a.name, e.startDate
			WITH t, collect(DISTINCT a.code) AS authorities, collect(DISTINCT e.year) AS years,
			     count(DISTINCT e) AS eventCount, sum(r.findings) AS findingCount,
			     min(e.startDate) AS firstSeen, max(e.startDate) AS lastSeen, collect(r.findingIds[..$samples]) AS sampleLists
			WHERE size(authorities) >= $minAuthorities
			""".formatted(Scope.EVENT_PREDICATE, Scope.RAISED_PREDICATE) + TAIL;

	/** The themes' recurrence from the event roll-up by finding kind of the events in scope. */
	static final String FROM_EVENTS_BY_KIND = Scope.byFindingKind(FROM_EVENTS);

	private static final int SAMPLES = 3;

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	RecurringThemesQueries(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	List<ThemeRecurrence> run(Scope scope, int minAuthorities, Integer limit) {
		Map<String, Object> parameters = scope.parameters(Map.of("minAuthorities", minAuthorities, "samples", SAMPLES,
				"limit", limit == null ? Integer.MAX_VALUE : limit));
		return cypher.list(statement(scope), parameters, this::recurrences)
			.stream()
			.findFirst()
			.orElse(List.of());
	}

	/** From the theme-year cells when they answer, from the events' roll-up (by kind when asked) otherwise. */
	static String statement(Scope scope) {
		if (scope.narrowsAuthorities()) {
			return scope.narrowsFindingKinds() ? FROM_EVENTS_BY_KIND : FROM_EVENTS;
		}
		return scope.narrowsFindingKinds() ? FROM_THEME_YEAR_KINDS : FROM_THEME_YEARS;
	}

	/** The themes of the one row, each with its authorities (codes) looked up among the row's authorities. */
	private List<ThemeRecurrence> recurrences(Record row) {
		Map<String, AuthorityView> byCode = new LinkedHashMap<>();
		row.get("authorities").asList(AuthorityView::of).forEach(view -> byCode.put(view.code(), view));
		return row.get("themes").asList(theme -> recurrence(theme, byCode));
	}

	private ThemeRecurrence recurrence(Value row, Map<String, AuthorityView> byCode) {
		Set<String> codes = Set.copyOf(row.get("authorities").asList(Value::asString));
		List<AuthorityView> authorities = byCode.values().stream().filter(view -> codes.contains(view.code())).toList();
		List<Integer> years = row.get("years").asList(Value::asInt).stream().sorted().toList();
		List<ThemeRecurrence.ThemeEvidence> evidence = row.get("evidence").asList(RecurringThemesQueries::evidence);
		return new ThemeRecurrence(themes.view(row.get("slug").asString(), row.get("name").asString()),
				authorities.size(), authorities, years,
				row.get("eventCount").asInt(), row.get("findingCount").asInt(), Rows.date(row.get("firstSeen")),
				Rows.date(row.get("lastSeen")), evidence);
	}

	private static ThemeRecurrence.ThemeEvidence evidence(Value map) {
		return new ThemeRecurrence.ThemeEvidence(map.get("findingId").asString(), Rows.text(map.get("evidence")),
				map.get("text").asString(), map.get("authorityName").asString(), Rows.integer(map.get("year")));
	}
}
