package uk.inspectiongraph.graph.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The roll-up of each inspector's visits that {@code Person.themesRaised} reads instead of
 * summing the event roll-up of every event they inspected: per theme one
 * {@code (Person)-[:RAISED_ON_VISITS {concerns, strengths, findings, years, rank}]->(Theme)}, the
 * sums of the {@code RAISED} roll-up (see {@link EventRollupQueries}) over the distinct events the person
 * inspected, the years of those events it was raised in, and the theme's place among the person's
 * themes (0 for most findings; ties by slug, which unlike a theme's name never changes), so that a
 * person's first N themes are a filter on {@code rank}, not a sort of all their themes on every
 * request.
 * <p>
 * {@link #REFRESH} recomputes it for the people who inspected the events given and for the
 * people given (those a removal let go of): the writer runs it right after
 * {@link EventRollupQueries#REFRESH}, before orphans are deleted. Migrations {@code V005} (for graphs
 * ingested before the roll-up existed) and {@code V007} (for graphs rolled up before the rank)
 * run {@link #REFRESH_ALL}, the same body over every person.
 */
public final class PersonRollupQueries {

	/** The head of {@link #REFRESH}: the inspectors of the events {@code $events} and the people {@code $people}. */
	static final String PEOPLE_TOUCHED = """
			CALL () {
			  UNWIND $events AS key
			  MATCH (:Event {key: key})<-[:INSPECTED]-(p:Person)
			  RETURN p
			  UNION
			  UNWIND $people AS key
			  MATCH (p:Person {key: key})
			  RETURN p
			}
			WITH DISTINCT p
			""";

	/** The body of {@link #REFRESH} for the people {@code p}. */
	static final String BODY = """
			CALL (p) {
			  MATCH (p)-[old:RAISED_ON_VISITS]->(:Theme)
			  DELETE old
			}
			CALL (p) {
			  MATCH (p)-[:INSPECTED]->(e:Event)
			  WITH DISTINCT e
			  MATCH (e)-[r:RAISED]->(t:Theme)
			  WITH t, sum(CASE r.polarity WHEN 'CONCERN' THEN r.findings ELSE 0 END) AS concerns,
			       sum(CASE r.polarity WHEN 'STRENGTH' THEN r.findings ELSE 0 END) AS strengths,
			       sum(r.findings) AS findings, collect(DISTINCT e.year) AS years
			  ORDER BY findings DESC, t.slug
			  WITH collect({theme: t, concerns: concerns, strengths: strengths, findings: findings, years: years}) AS sums
			  UNWIND range(0, size(sums) - 1) AS rank
			  WITH sums[rank] AS s, sums[rank].theme AS t, rank
			  CREATE (p)-[:RAISED_ON_VISITS {concerns: s.concerns, strengths: s.strengths, findings: s.findings,
			         years: s.years, rank: rank}]->(t)
			}""";

	/** Refreshes the roll-up of the inspectors of the events {@code $events} and of the people {@code $people}. */
	public static final String REFRESH = PEOPLE_TOUCHED + BODY;

	/** The head of {@link #REFRESH_ALL}: every person. */
	static final String EVERY_PERSON = """
			MATCH (p:Person)
			""";

	/** Refreshes the roll-up of every person: the backfill of migrations V005 and V007; no parameters. */
	public static final String REFRESH_ALL = EVERY_PERSON + BODY;

	private PersonRollupQueries() {
	}

	/** The parameters of {@link #REFRESH} for these event keys and person keys. */
	public static Map<String, Object> parameters(Collection<String> eventKeys, Collection<String> personKeys) {
		return Map.of("events", List.copyOf(eventKeys), "people", List.copyOf(personKeys));
	}
}
