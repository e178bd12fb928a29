// The event roll-up (graph/write/EventRollup.java) for a graph ingested before it existed, and the
// indexes the findings page reads it by. Idempotent: each event's roll-up is recomputed.
CREATE RANGE INDEX finding_date IF NOT EXISTS FOR (f:Finding) ON (f.date);
CREATE RANGE INDEX finding_eventless IF NOT EXISTS FOR (f:Finding) ON (f.eventless);
// Findings about no event are ordered by their document's date (DocumentCypher.CREATE_FINDINGS).
MATCH (f:Finding)-[:STATED_IN]->(d:Document)
WHERE NOT (f)-[:ABOUT]->(:Event)
SET f.date = d.date, f.eventless = true;
// Then the backfill: EventRollup.REFRESH_ALL, the writer's refresh over every event (RollupBackfills).
