// The roll-up of each inspector's visits (ingest/PersonRollup.java) for a graph ingested before it
// existed. Runs after V004 (it sums the event roll-up RAISED). Idempotent: each person's roll-up is
// recomputed.
// PersonRollup.REFRESH over every person as it was before the rank (V007 recomputes it with the rank).
MATCH (p:Person)
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
  CREATE (p)-[:RAISED_ON_VISITS {concerns: concerns, strengths: strengths, findings: findings, years: years}]->(t)
};
