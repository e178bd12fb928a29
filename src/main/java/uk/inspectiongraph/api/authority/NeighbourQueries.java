package uk.inspectiongraph.api.authority;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import uk.inspectiongraph.api.cypher.CypherReader;
import uk.inspectiongraph.api.inspection.EventView;
import uk.inspectiongraph.api.scope.Scope;
import uk.inspectiongraph.api.theme.ThemeCatalog;
import uk.inspectiongraph.domain.FindingKind;
import uk.inspectiongraph.domain.JudgementArea;
import uk.inspectiongraph.domain.Polarity;

/**
 * The Cypher behind statistical neighbours: an authority's neighbours in rank order (batched), and
 * the two statements of a comparison, one for each side's events and latest grades, one for the
 * themes. The themes walk the findings' tags directly (not the events' roll-up), so that a
 * comparison can keep the findings of some kinds only; eleven authorities' findings are few. The
 * map's statement ({@link #THEME_AMONG_NEIGHBOURS}) takes every authority at once from the roll-up.
 */
@Component
class NeighbourQueries {

	/** Per authority, its neighbours by rank. */
	static final String NEIGHBOURS_OF = """
			UNWIND $keys AS key
			MATCH (:Authority {code: key})-[r:NEIGHBOUR]->(n:Authority)
			WITH key, r, n ORDER BY r.rank
			RETURN key, n AS value""";

	/**
	 * The authority (rank 0) and each neighbour: its events in the years and, per judgement area,
	 * the grade of the latest event grading it up to {@code $to} (Ofsted's own report first where
	 * several documents state it).
	 */
	static final String SIDES = """
			MATCH (a:Authority {code: $code})
			OPTIONAL MATCH (a)-[r:NEIGHBOUR]->(n:Authority)
			WITH a, collect({authority: n, rank: r.rank}) AS neighbours
			UNWIND [{authority: a, rank: 0}] + [x IN neighbours WHERE x.authority IS NOT NULL] AS side
			WITH side.authority AS s, side.rank AS rank
			CALL (s) {
			  OPTIONAL MATCH (s)<-[:AT]-(e:Event)
			  WHERE ($from IS NULL OR e.year >= $from) AND ($to IS NULL OR e.year <= $to)
			  RETURN count(e) AS events
			}
			CALL (s) {
			  OPTIONAL MATCH (s)<-[:AT]-(e:Event)<-[:OF_EVENT]-(j:Judgement)-[:STATED_IN]->(d:Document)
			  WHERE $to IS NULL OR e.year <= $to
			  OPTIONAL MATCH (d)-[rep:REPORTS]->(e)
			  WITH e, j, rep ORDER BY e.startDate IS NULL, e.startDate DESC, coalesce(rep.authoritative, false) DESC, j.id
			  WITH j.area AS area, head(collect({event: e, area: j.area, grade: j.grade, score: j.score})) AS latest
			  WHERE area IS NOT NULL
			  RETURN collect(latest) AS grades
			}
			RETURN s AS authority, rank, events, grades ORDER BY rank""";

	/**
	 * Per theme raised (at the polarity, by findings of the kinds) at the authority's or its
	 * neighbours' events in the years: the events on each side raising it, and how many
	 * neighbours raised it.
	 */
	static final String THEMES = """
			MATCH (a:Authority {code: $code})
			OPTIONAL MATCH (a)-[:NEIGHBOUR]->(n:Authority)
			WITH a, [a] + collect(n) AS sides
			UNWIND sides AS s
			MATCH (s)<-[:AT]-(e:Event)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			WHERE ($from IS NULL OR e.year >= $from) AND ($to IS NULL OR e.year <= $to)
			  AND ($findingKinds IS NULL OR f.kind IN $findingKinds)
			  AND ($polarity IS NULL OR tg.polarity = $polarity)
			WITH t, s = a AS here, s, e
			WITH t, count(DISTINCT CASE WHEN here THEN e END) AS events,
			     count(DISTINCT CASE WHEN NOT here THEN e END) AS neighbourEvents,
			     count(DISTINCT CASE WHEN NOT here THEN s END) AS neighboursRaising
			RETURN t.slug AS slug, t.name AS name, events, neighbourEvents, neighboursRaising
			ORDER BY neighbourEvents DESC, events DESC, slug""";

	/**
	 * For every authority, in one statement: its events in scope and those raising the theme's
	 * branch (read from the events' roll-up), then the same two facts of each neighbour, counted.
	 * Each authority's facts are worked out once and looked up for the authorities that list it.
	 */
	static final String THEME_AMONG_NEIGHBOURS = """
			CALL () {
			  MATCH (a:Authority)
			  OPTIONAL MATCH (a)<-[:AT]-(e:Event)
			  WHERE %1$s
			  WITH a, e, EXISTS { MATCH (e)-[r:RAISED]->(t:Theme) WHERE %2$s } AS raising
			  RETURN a, count(e) AS events, count(CASE WHEN raising THEN e END) AS raisingEvents
			}
			WITH collect({authority: a, events: events, raising: raisingEvents}) AS sides
			UNWIND sides AS side
			WITH sides, side, side.authority AS a
			OPTIONAL MATCH (a)-[:NEIGHBOUR]->(n:Authority)
			WITH sides, side, collect(n) AS neighbours
			WITH side, size(neighbours) AS neighbourCount, [x IN sides WHERE x.authority IN neighbours] AS there
			RETURN side.authority AS authority, side.events AS eventCount, side.raising AS raisingEvents, neighbourCount,
			       size([x IN there WHERE x.events > 0]) AS neighboursWithEvents,
			       size([x IN there WHERE x.raising > 0]) AS neighboursRaising
			ORDER BY authority.name, authority.code""".formatted(Scope.EVENT_PREDICATE, Scope.RAISED_PREDICATE);

	/** {@link #THEME_AMONG_NEIGHBOURS} for some finding kinds. */
	static final String THEME_AMONG_NEIGHBOURS_BY_KIND = Scope.byFindingKind(THEME_AMONG_NEIGHBOURS);

	private final CypherReader cypher;

	private final ThemeCatalog catalog;

	NeighbourQueries(CypherReader cypher, ThemeCatalog catalog) {
		this.cypher = cypher;
		this.catalog = catalog;
	}

	/** The comparison of the authority with this code, if the graph holds it. */
	Optional<NeighbourComparison> compare(String code, Integer from, Integer to, List<FindingKind> kinds,
			Polarity polarity) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("code", code);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("findingKinds", kinds == null || kinds.isEmpty() ? null : kinds.stream().map(Enum::name).toList());
		parameters.put("polarity", polarity == null ? null : polarity.name());
		List<NeighbourComparison.ComparedNeighbour> sides = cypher.list(SIDES, parameters, NeighbourQueries::side);
		if (sides.isEmpty()) {
			return Optional.empty();
		}
		NeighbourComparison.ComparedNeighbour here = sides.get(0);
		List<NeighbourComparison.ComparedNeighbour> neighbours = sides.subList(1, sides.size());
		int neighbourEvents = neighbours.stream().mapToInt(NeighbourComparison.ComparedNeighbour::eventCount).sum();
		List<NeighbourComparison.ThemeComparison> themes = cypher.list(THEMES, parameters,
				row -> theme(row, neighbourEvents));
		return Optional.of(new NeighbourComparison(here.authority(), here.eventCount(), here.latestGrades(),
				List.copyOf(neighbours), neighbourEvents, themes));
	}

	/** Every authority against its neighbours on the scope's themes (one theme's branch). */
	List<ThemeAmongNeighbours> themeAmongNeighbours(Scope scope) {
		return cypher.list(scope.narrowsFindingKinds() ? THEME_AMONG_NEIGHBOURS_BY_KIND : THEME_AMONG_NEIGHBOURS,
				scope.parameters(), NeighbourQueries::amongNeighbours);
	}

	private static ThemeAmongNeighbours amongNeighbours(Record row) {
		int raising = row.get("raisingEvents").asInt();
		int withEvents = row.get("neighboursWithEvents").asInt();
		int neighboursRaising = row.get("neighboursRaising").asInt();
		return new ThemeAmongNeighbours(AuthorityView.of(row.get("authority")), row.get("eventCount").asInt(), raising,
				raising > 0, row.get("neighbourCount").asInt(), withEvents, neighboursRaising,
				withEvents == 0 ? null : (double) neighboursRaising / withEvents);
	}

	private static NeighbourComparison.ComparedNeighbour side(Record row) {
		List<NeighbourComparison.NeighbourGrade> grades = row.get("grades")
			.asList((Value grade) -> new NeighbourComparison.NeighbourGrade(grade.get("area").asString(),
					grade.get("grade").asString(), grade.get("score").asInt(), EventView.of(grade.get("event"))))
			.stream()
			.sorted(Comparator.comparing(grade -> JudgementArea.valueOf(grade.area())))
			.toList();
		return new NeighbourComparison.ComparedNeighbour(AuthorityView.of(row.get("authority")), row.get("rank").asInt(),
				row.get("events").asInt(), grades);
	}

	private NeighbourComparison.ThemeComparison theme(Record row, int neighbourEvents) {
		int raisedThere = row.get("neighbourEvents").asInt();
		int raisedHere = row.get("events").asInt();
		return new NeighbourComparison.ThemeComparison(catalog.view(row.get("slug").asString(), row.get("name").asString()),
				raisedHere > 0, raisedHere, raisedThere, neighbourEvents == 0 ? 0 : (double) raisedThere / neighbourEvents,
				row.get("neighboursRaising").asInt());
	}
}
