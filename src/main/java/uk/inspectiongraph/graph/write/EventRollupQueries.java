package uk.inspectiongraph.graph.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The roll-up of each event that the analyst queries read instead of walking every finding:
 * <ul>
 * <li>per theme and polarity one {@code (Event)-[:RAISED {polarity, findings, findingIds}]->(Theme)}:
 * how many findings about the event are tagged with the theme at that polarity, and their ids in
 * document order (a finding has at most one tag per theme);</li>
 * <li>the same split by the findings' kind, one
 * {@code (Event)-[:RAISED_AS {polarity, findingKind, findings, findingIds}]->(Theme)} per theme,
 * polarity and finding kind, which the analyst questions read when asked about some finding kinds
 * only (a finding has one kind, so the {@code RAISED_AS} of a theme and polarity add up to its
 * {@code RAISED});</li>
 * <li>on the event, {@code findingCount} (findings about it), {@code taggedFindings} (with any
 * tag) and {@code taggedConcerns}, {@code taggedStrengths}, {@code taggedNeutrals} (with a tag of
 * that polarity), and {@code taggedKinds}: per tagged finding, {@code "KIND ANY"} and
 * {@code "KIND POLARITY"} for each polarity of its tags, so that the findings of some kinds with a
 * tag (of a polarity) are counted without reading them;</li>
 * <li>on each finding about it, {@code date}: the event's start (what findings are ordered by;
 * a finding about no event has its document's date, set when it is created).</li>
 * </ul>
 * {@link #REFRESH} recomputes all of it for the events given: the writer runs it at the end of
 * writing a document (for the events the document reports and reported before) and after
 * deleting one. Migration {@code V004} runs {@link #REFRESH_ALL}, the same body over every
 * event, for graphs ingested before the roll-up existed, and {@code V009} for graphs rolled up
 * before the finding kinds.
 */
public final class EventRollupQueries {

	/** The head of {@link #REFRESH}: the events to refresh, by key. */
	static final String EVENTS_BY_KEY = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			""";

	/** The body of {@link #REFRESH} for the events {@code e}. */
	static final String BODY = """
			CALL (e) {
			  MATCH (e)-[old:RAISED|RAISED_AS]->(:Theme)
			  DELETE old
			}
			CALL (e) {
			  MATCH (e)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			  WITH t, tg.polarity AS polarity, f ORDER BY f.order, f.id
			  WITH t, polarity, collect(f.id) AS ids
			  CREATE (e)-[:RAISED {polarity: polarity, findings: size(ids), findingIds: ids}]->(t)
			}
			CALL (e) {
			  MATCH (e)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
			  WITH t, tg.polarity AS polarity, f.kind AS findingKind, f ORDER BY f.order, f.id
			  WITH t, polarity, findingKind, collect(f.id) AS ids
			  CREATE (e)-[:RAISED_AS {polarity: polarity, findingKind: findingKind, findings: size(ids),
			          findingIds: ids}]->(t)
			}
			CALL (e) {
			  OPTIONAL MATCH (e)<-[:ABOUT]-(f:Finding)
			  SET f.date = e.startDate
			  WITH f, [(f)-[tg:TAGGED]->(:Theme) | tg.polarity] AS polarities
			  RETURN count(f) AS findings, count(CASE WHEN size(polarities) > 0 THEN f END) AS tagged,
			         count(CASE WHEN 'CONCERN' IN polarities THEN f END) AS concerns,
			         count(CASE WHEN 'STRENGTH' IN polarities THEN f END) AS strengths,
			         count(CASE WHEN 'NEUTRAL' IN polarities THEN f END) AS neutrals,
			         reduce(k = [], x IN collect(CASE WHEN size(polarities) > 0 THEN [coalesce(f.kind, '') + ' ANY']
			           + [p IN ['CONCERN', 'STRENGTH', 'NEUTRAL'] WHERE p IN polarities | coalesce(f.kind, '') + ' ' + p]
			           END) | k + x) AS taggedKinds
			}
			SET e.findingCount = findings, e.taggedFindings = tagged, e.taggedConcerns = concerns,
			    e.taggedStrengths = strengths, e.taggedNeutrals = neutrals, e.taggedKinds = taggedKinds""";

	/** Refreshes the roll-up of the events whose keys are {@code $keys}; keys of no event are skipped. */
	public static final String REFRESH = EVENTS_BY_KEY + BODY;

	/** The head of {@link #REFRESH_ALL}: every event. */
	static final String EVERY_EVENT = """
			MATCH (e:Event)
			""";

	/** Refreshes the roll-up of every event: the backfill of migration V004; no parameters. */
	public static final String REFRESH_ALL = EVERY_EVENT + BODY;

	private EventRollupQueries() {
	}

	/** The parameters of {@link #REFRESH} for these event keys. */
	public static Map<String, Object> parameters(Collection<String> eventKeys) {
		return Map.of("keys", List.copyOf(eventKeys));
	}
}
