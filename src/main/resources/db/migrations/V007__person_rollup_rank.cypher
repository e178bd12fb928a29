// The inspectors' roll-up again (ingest/PersonRollup.java), now with each theme's rank among the
// person's themes (most findings first, ties by slug), which Person.themesRaised(first:) filters on.
// Idempotent: each person's roll-up is recomputed.
// PersonRollup.REFRESH over every person (PersonRollupTest checks that they are the same).
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
  ORDER BY findings DESC, t.slug
  WITH collect({theme: t, concerns: concerns, strengths: strengths, findings: findings, years: years}) AS sums
  UNWIND range(0, size(sums) - 1) AS rank
  WITH sums[rank] AS s, sums[rank].theme AS t, rank
  CREATE (p)-[:RAISED_ON_VISITS {concerns: s.concerns, strengths: s.strengths, findings: s.findings,
         years: s.years, rank: rank}]->(t)
};
