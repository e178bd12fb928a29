package uk.inspectiongraph.analytics;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.authority.AuthorityView;
import uk.inspectiongraph.system.CypherReader;
import uk.inspectiongraph.system.Rows;
import uk.inspectiongraph.theme.ThemeCatalog;

/**
 * Which themes recur across authorities and years: for every theme tagged (in scope) on findings
 * about inspection events, the authorities and years it was raised in, how many events and
 * findings raised it, when it was first and last seen and a few findings as evidence; themes
 * raised at fewer than {@code minAuthorities} authorities are left out, the broadest first.
 * One statement; it reads the roll-up ({@code RAISED}, see {@code ingest/EventRollup}) of the
 * events the scope selects, not their findings, and then reads only the few sample findings of
 * the themes it returns.
 */
@Component
class RecurringThemesQuery {

	static final String CYPHER = """
			MATCH (a:Authority)<-[:AT]-(e:Event)-[r:RAISED]->(t:Theme)
			WHERE %s AND %s
			WITH t, a, e, r ORDER BY a.name, e.startDate
			WITH t, collect(DISTINCT a) AS authorities, collect(DISTINCT e.year) AS years,
			     count(DISTINCT e) AS eventCount, sum(r.findings) AS findingCount,
			     min(e.startDate) AS firstSeen, max(e.startDate) AS lastSeen,
			     collect({ids: r.findingIds[..$samples], authorityName: a.name, year: e.year}) AS raised
			WHERE size(authorities) >= $minAuthorities
			WITH t, authorities, years, eventCount, findingCount, firstSeen, lastSeen, raised
			ORDER BY size(authorities) DESC, eventCount DESC, findingCount DESC, t.name
			LIMIT $limit
			CALL (t, raised) {
			  UNWIND reduce(picked = [], x IN raised | CASE WHEN size(picked) >= $samples THEN picked
			         ELSE picked + [id IN x.ids | {id: id, authorityName: x.authorityName, year: x.year}] END)[..$samples] AS p
			  MATCH (f:Finding {id: p.id})-[tg:TAGGED]->(t)
			  RETURN collect({findingId: f.id, evidence: tg.evidence, text: f.text, authorityName: p.authorityName,
			         year: p.year}) AS evidence
			}
			RETURN t.slug AS slug, t.name AS name, authorities, years, eventCount, findingCount, firstSeen, lastSeen, evidence
			ORDER BY size(authorities) DESC, eventCount DESC, findingCount DESC, name""".formatted(Scope.EVENT_PREDICATE,
			Scope.RAISED_PREDICATE);

	private static final int SAMPLES = 3;

	private final CypherReader cypher;

	private final ThemeCatalog themes;

	RecurringThemesQuery(CypherReader cypher, ThemeCatalog themes) {
		this.cypher = cypher;
		this.themes = themes;
	}

	List<ThemeRecurrence> run(Scope scope, int minAuthorities, Integer limit) {
		Map<String, Object> parameters = scope.parameters(Map.of("minAuthorities", minAuthorities, "samples", SAMPLES,
				"limit", limit == null ? Integer.MAX_VALUE : limit));
		return cypher.list(CYPHER, parameters, this::recurrence);
	}

	private ThemeRecurrence recurrence(Record row) {
		List<AuthorityView> authorities = row.get("authorities").asList(AuthorityView::of);
		List<Integer> years = row.get("years").asList(Value::asInt).stream().sorted().toList();
		List<ThemeRecurrence.ThemeEvidence> evidence = row.get("evidence").asList(RecurringThemesQuery::evidence);
		return new ThemeRecurrence(themes.view(row.get("slug").asString(), row.get("name").asString()),
				authorities.size(), authorities, years, row.get("eventCount").asInt(), row.get("findingCount").asInt(),
				Rows.date(row.get("firstSeen")), Rows.date(row.get("lastSeen")), evidence);
	}

	private static ThemeRecurrence.ThemeEvidence evidence(Value map) {
		return new ThemeRecurrence.ThemeEvidence(map.get("findingId").asString(), Rows.text(map.get("evidence")),
				map.get("text").asString(), map.get("authorityName").asString(), Rows.integer(map.get("year")));
	}
}
