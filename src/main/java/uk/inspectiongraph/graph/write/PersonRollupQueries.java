package uk.inspectiongraph.graph.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The roll-up of each inspector's visits that {@code Person.themesRaised} reads instead of
 * summing the event roll-up of every event they inspected: per theme one
 * {@code (Person)-[:RAISED_ON_VISITS {concerns, strengths, findings, years, rank}]->(Theme)}, the
 * sums of the {@code RAISED} roll-up (see {@link EventRollupQueries}) over the distinct events the person
 * inspected, the years of those events it was raised in (ascending) with the same sums per year
 * ({@code yearConcerns}, {@code yearStrengths}, {@code yearFindings}, aligned with {@code years}: what
 * the themes of an inspector's visits in a range of years are read from), and the theme's place among
 * the person's themes (0 for most findings; ties by slug, which unlike a theme's name never
 * changes), so that a person's first N themes are a filter on {@code rank}, not a sort of all
 * their themes on every request.
 * <p>
 * It is kept incrementally, so that a document costs the same however many visits its inspectors
 * made: each event records whom and which year it was added for ({@code visitBy}, {@code visitYear});
 * the writer runs {@link #SUBTRACT} for the touched events before their event roll-up is refreshed
 * (their {@code RAISED} still what was added), then {@link #ADD} after it, which adds what they raise
 * now and ranks again the themes of the people touched (at most one per theme). The years are a
 * multiset ({@code years}/{@code yearEvents} and the sums per year, see {@link Multisets}).
 * {@link #REFRESH_ALL} rebuilds the roll-up from scratch with the same statements: the backfill of
 * migrations {@code V005}, {@code V007}, {@code V014} and {@code V019}, the repair after a reindex, and the tests' oracle.
 */
public final class PersonRollupQueries {

	/** The sums kept per year beside {@code years}, aligned with it. */
	private static final List<String> YEAR_SUMS = List.of("yearConcerns", "yearStrengths", "yearFindings");

	/** Stores what {@link Multisets#mergeWithSums} returned as {@code kept}. */
	private static final String KEEP_YEARS = """
			    v.years = kept, v.yearEvents = keptCounts, v.yearConcerns = kept_yearConcerns,
			    v.yearStrengths = kept_yearStrengths, v.yearFindings = kept_yearFindings
			""";

	/** One event's part of a person's theme as an item of the years' multiset; null (not collected) without a year. */
	private static String yearItem(String year) {
		return "CASE WHEN %1$s IS NOT NULL THEN {value: %1$s, yearConcerns: concerns, yearStrengths: strengths, "
			.formatted(year) + "yearFindings: findings} END";
	}

	/**
	 * Takes away what the events {@code $keys} added to their inspectors' roll-up when last rolled up;
	 * returns the people it touched ({@code person}, a row each).
	 */
	public static final String SUBTRACT = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			WHERE e.visitBy IS NOT NULL
			MATCH (e)-[r:RAISED]->(t:Theme)
			WITH e, t, sum(CASE r.polarity WHEN 'CONCERN' THEN r.findings ELSE 0 END) AS concerns,
			     sum(CASE r.polarity WHEN 'STRENGTH' THEN r.findings ELSE 0 END) AS strengths, sum(r.findings) AS findings
			UNWIND e.visitBy AS person
			WITH person, t, sum(concerns) AS concerns, sum(strengths) AS strengths, sum(findings) AS findings,
			     collect(""" + yearItem("e.visitYear") + """
			     ) AS years
			MATCH (:Person {key: person})-[v:RAISED_ON_VISITS]->(t)
			""" + Multisets.mergeWithSums("v", "years", "yearEvents", YEAR_SUMS, "years", -1, "kept") + """
			SET v.concerns = v.concerns - concerns, v.strengths = v.strengths - strengths, v.findings = v.findings - findings,
			""" + KEEP_YEARS + """
			WITH person, v
			CALL (v) {
			  WITH v WHERE v.findings <= 0
			  DELETE v
			}
			RETURN DISTINCT person""";

	/** The events {@code $keys}. */
	static final String EVENTS_BY_KEY = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			""";

	/** Every event. */
	static final String EVERY_EVENT = """
			MATCH (e:Event)
			""";

	/** The body of {@link #ADD} and {@link #REFRESH_ALL}: adds what the events {@code e} raise to their inspectors' roll-up. */
	private static String addVisits(String events) {
		return "CALL () {\n" + events + """
				CALL (e) {
				  MATCH (p:Person)-[:INSPECTED]->(e)
				  RETURN DISTINCT p
				}
				MATCH (e)-[r:RAISED]->(t:Theme)
				WITH p, e, t, sum(CASE r.polarity WHEN 'CONCERN' THEN r.findings ELSE 0 END) AS concerns,
				     sum(CASE r.polarity WHEN 'STRENGTH' THEN r.findings ELSE 0 END) AS strengths, sum(r.findings) AS findings
				WITH p, t, sum(concerns) AS concerns, sum(strengths) AS strengths, sum(findings) AS findings,
				     collect(""" + yearItem("e.year") + """
				     ) AS years
				MERGE (p)-[v:RAISED_ON_VISITS]->(t)
				ON CREATE SET v.concerns = 0, v.strengths = 0, v.findings = 0, v.years = [], v.yearEvents = [],
				    v.yearConcerns = [], v.yearStrengths = [], v.yearFindings = []
				WITH v, concerns, strengths, findings, years
				""" + Multisets.mergeWithSums("v", "years", "yearEvents", YEAR_SUMS, "years", 1, "kept") + """
				SET v.concerns = v.concerns + concerns, v.strengths = v.strengths + strengths, v.findings = v.findings + findings,
				""" + KEEP_YEARS + """
				}
				CALL () {
				""" + events + """
				SET e.visitBy = reduce(s = [], k IN [(p:Person)-[:INSPECTED]->(e) | p.key] | CASE WHEN k IN s THEN s ELSE s + k END),
				    e.visitYear = e.year
				}
				""";
	}

	/** Ranks again the themes of the people {@code p}. */
	private static final String RANK = """
			CALL (p) {
			  MATCH (p)-[v:RAISED_ON_VISITS]->(t:Theme)
			  WITH v ORDER BY v.findings DESC, t.slug
			  WITH collect(v) AS ranked
			  UNWIND range(0, size(ranked) - 1) AS rank
			  WITH ranked[rank] AS v, rank
			  SET v.rank = rank
			}""";

	/**
	 * Adds what the events {@code $keys} raise now to their inspectors' roll-up, records it on each
	 * event, and ranks again the themes of their inspectors and of the people {@code $people}
	 * (those {@link #SUBTRACT} touched).
	 */
	public static final String ADD = addVisits(EVENTS_BY_KEY) + """
			CALL () {
			  UNWIND $keys AS key
			  MATCH (:Event {key: key})<-[:INSPECTED]-(p:Person)
			  RETURN p
			  UNION
			  UNWIND $people AS key
			  MATCH (p:Person {key: key})
			  RETURN p
			}
			WITH DISTINCT p
			""" + RANK;

	/** Deletes the roll-up of every person and adds every event again: a rebuild from scratch; no parameters. */
	public static final String REFRESH_ALL = """
			CALL () {
			  MATCH ()-[v:RAISED_ON_VISITS]->()
			  DELETE v
			}
			""" + addVisits(EVERY_EVENT) + """
			MATCH (p:Person)
			""" + RANK;

	private PersonRollupQueries() {
	}

	/** The parameters of {@link #ADD} for these event keys and the people {@link #SUBTRACT} touched. */
	public static Map<String, Object> parameters(Collection<String> eventKeys, Collection<String> personKeys) {
		return Map.of("keys", List.copyOf(eventKeys), "people", List.copyOf(personKeys));
	}
}
