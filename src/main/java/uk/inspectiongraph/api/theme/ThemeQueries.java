package uk.inspectiongraph.api.theme;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.BatchReader;
import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.scope.Scope;

/**
 * The Cypher behind themes: the taxonomy {@link ThemeCatalog} holds, and the batched statements
 * the {@link BatchReader} runs for the themes raised about authorities (from the roll-up
 * {@code RAISED} of their events, see {@code ingest/EventRollupQueries}; a finding has at most one tag per
 * theme, so sums of the roll-up count each finding once), the themes raised on inspectors' visits
 * (from the person's roll-up {@code RAISED_ON_VISITS}, see {@code ingest/PersonRollupQueries}, or from the
 * events' roll-up of the visits in scope) and the tags of findings.
 */
@Component
class ThemeQueries {

	/** Every theme of the taxonomy with its broader theme, by name. */
	static final String ALL_THEMES = """
			MATCH (t:Theme)
			OPTIONAL MATCH (t)-[:BROADER]->(parent:Theme)
			RETURN t.slug AS slug, t.name AS name, t.description AS description, parent.slug AS parent
			ORDER BY t.name""";

	/** Per authority, the themes raised at its events: one row per key and theme, for {@link ThemeCount#of}. */
	static final String THEMES_OF_AUTHORITIES = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})<-[:AT]-(e:Event)
			""" + countsOfEvents("true");

	/** Per finding, its tags: one row per key and theme, for {@link ThemeTagView#of}. */
	static final String TAGS_OF_FINDINGS = """
			UNWIND $keys AS key
			MATCH (:Finding {id: key})-[tg:TAGGED]->(t:Theme)
			RETURN key, t.slug AS slug, t.name AS name, tg.polarity AS polarity, tg.evidence AS evidence
			ORDER BY tg.polarity, t.name""";

	/**
	 * One row per person who has any, from the person's roll-up (see {@code ingest/PersonRollupQueries}):
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
	 * are ({@link #countsOfEvents}): what the person's roll-up holds, for the visits in scope only.
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
			countsOfEvents(Scope.RAISED_PREDICATE));

	/**
	 * {@link #THEMES_ON_VISITS_IN_SCOPE} when the scope narrows only the years: the people's roll-up
	 * summed over the years in range (its sums per year), so that the question reads a row per
	 * person and theme rather than every visit's {@code RAISED}.
	 */
	static final String THEMES_ON_VISITS_IN_YEARS = """
			UNWIND $keys AS key
			MATCH (:Person {key: key})-[v:RAISED_ON_VISITS]->(t:Theme)
			WITH key, t, v, [i IN range(0, size(v.years) - 1)
			     WHERE ($from IS NULL OR v.years[i] >= $from) AND ($to IS NULL OR v.years[i] <= $to)] AS kept
			WHERE size(kept) > 0
			WITH key, t.slug AS slug, t.name AS name, reduce(n = 0, i IN kept | n + v.yearConcerns[i]) AS concernCount,
			     reduce(n = 0, i IN kept | n + v.yearStrengths[i]) AS strengthCount,
			     reduce(n = 0, i IN kept | n + v.yearFindings[i]) AS findingCount, [i IN kept | v.years[i]] AS years
			ORDER BY findingCount DESC, slug
			RETURN key, collect({slug: slug, name: name, concernCount: concernCount, strengthCount: strengthCount,
			       findingCount: findingCount, years: years})[..$first] AS counts""";

	/**
	 * {@link #THEMES_ON_VISITS_IN_SCOPE} when some finding kinds only count: summed from the events'
	 * roll-up by finding kind ({@code RAISED_AS}).
	 */
	static final String THEMES_ON_VISITS_BY_KIND = Scope.byFindingKind(THEMES_ON_VISITS_IN_SCOPE);

	private final CypherReader cypher;

	ThemeQueries(CypherReader cypher) {
		this.cypher = cypher;
	}

	/** Every theme of the taxonomy, by name. */
	List<ThemeView> all() {
		return cypher.list(ALL_THEMES, Map.of(), row -> new ThemeView(row.get("slug").asString(),
				row.get("name").asString(row.get("slug").asString()), row.get("description").asString(null),
				row.get("parent").asString(null)));
	}

	/**
	 * The tail of a statement that has matched {@code key} and events {@code e}: per key and theme
	 * whose roll-up {@code r} passes {@code raised} (a predicate over {@code r} and {@code t}, always
	 * a constant), the sums of the roll-up of the distinct events of each key, most findings first
	 * (ties by slug). Each event's roll-up is read once however many keys share the event.
	 */
	private static String countsOfEvents(String raised) {
		return """
				WITH DISTINCT key, e
				WITH e, e.year AS year, collect(key) AS keys
				MATCH (e)-[r:RAISED]->(t:Theme)
				WHERE %s
				WITH year, keys, t, sum(CASE r.polarity WHEN 'CONCERN' THEN r.findings ELSE 0 END) AS concerns,
				     sum(CASE r.polarity WHEN 'STRENGTH' THEN r.findings ELSE 0 END) AS strengths,
				     sum(r.findings) AS findings
				UNWIND keys AS key
				WITH key, t, sum(concerns) AS concernCount, sum(strengths) AS strengthCount, sum(findings) AS findingCount,
				     collect(DISTINCT year) AS years
				RETURN key, t.slug AS slug, t.name AS name, concernCount, strengthCount, findingCount, years
				ORDER BY findingCount DESC, slug""".formatted(raised);
	}
}
