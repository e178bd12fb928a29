// The event roll-up (ingest/EventRollup.java) for a graph ingested before it existed, and the
// indexes the findings page reads it by. Idempotent: each event's roll-up is recomputed.
CREATE RANGE INDEX finding_date IF NOT EXISTS FOR (f:Finding) ON (f.date);
CREATE RANGE INDEX finding_eventless IF NOT EXISTS FOR (f:Finding) ON (f.eventless);
// Findings about no event are ordered by their document's date (DocumentCypher.CREATE_FINDINGS).
MATCH (f:Finding)-[:STATED_IN]->(d:Document)
WHERE NOT (f)-[:ABOUT]->(:Event)
SET f.date = d.date, f.eventless = true;
// EventRollup.REFRESH over every event (EventRollupTest checks that they are the same).
MATCH (e:Event)
CALL (e) {
  MATCH (e)-[old:RAISED]->(:Theme)
  DELETE old
}
CALL (e) {
  MATCH (e)<-[:ABOUT]-(f:Finding)-[tg:TAGGED]->(t:Theme)
  WITH t, tg.polarity AS polarity, f ORDER BY f.order, f.id
  WITH t, polarity, collect(f.id) AS ids
  CREATE (e)-[:RAISED {polarity: polarity, findings: size(ids), findingIds: ids}]->(t)
}
CALL (e) {
  OPTIONAL MATCH (e)<-[:ABOUT]-(f:Finding)
  SET f.date = e.startDate
  WITH f, [(f)-[tg:TAGGED]->(:Theme) | tg.polarity] AS polarities
  RETURN count(f) AS findings, count(CASE WHEN size(polarities) > 0 THEN f END) AS tagged,
         count(CASE WHEN 'CONCERN' IN polarities THEN f END) AS concerns,
         count(CASE WHEN 'STRENGTH' IN polarities THEN f END) AS strengths,
         count(CASE WHEN 'NEUTRAL' IN polarities THEN f END) AS neutrals
}
SET e.findingCount = findings, e.taggedFindings = tagged, e.taggedConcerns = concerns,
    e.taggedStrengths = strengths, e.taggedNeutrals = neutrals;
