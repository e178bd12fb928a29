// The theme-year roll-up (ingest/ThemeYearRollup.java) for a graph ingested before it existed, and
// the indexes it is read and refreshed by. Runs after V004 (it sums the event roll-up RAISED).
// Idempotent: every cell is recomputed.
CREATE RANGE INDEX theme_year_polarity IF NOT EXISTS FOR (c:ThemeYear) ON (c.polarity);
CREATE RANGE INDEX theme_year_kind IF NOT EXISTS FOR (c:ThemeYear) ON (c.kind);
// ThemeYearRollup.REFRESH over every year and kind (ThemeYearRollupTest checks that they are the same).
MATCH (e:Event)
WHERE e.kind IS NOT NULL
WITH DISTINCT e.year AS year, e.kind AS kind
CALL (year, kind) {
  MATCH (old:ThemeYear {kind: kind})
  WHERE old.year = year OR (old.year IS NULL AND year IS NULL)
  DETACH DELETE old
}
CALL (year, kind) {
  MATCH (a:Authority)<-[:AT]-(e:Event {kind: kind})-[r:RAISED]->(t:Theme)
  WHERE e.year = year OR (e.year IS NULL AND year IS NULL)
  WITH t, a, e, r ORDER BY a.name, e.startDate
  UNWIND [r.polarity, 'ANY'] AS polarity
  WITH t, polarity, count(DISTINCT e) AS events, sum(r.findings) AS findings,
       collect(DISTINCT a.code) AS authorities, min(e.startDate) AS firstSeen,
       max(e.startDate) AS lastSeen, collect(r.findingIds[..3]) AS ids
  CREATE (c:ThemeYear {theme: t.slug, year: year, kind: kind, polarity: polarity, events: events,
          findings: findings, authorities: authorities, firstSeen: firstSeen, lastSeen: lastSeen,
          samples: reduce(s = [], l IN ids | CASE WHEN size(s) >= 3 THEN s ELSE s + l END)[..3]})-[:OF]->(t)
};
