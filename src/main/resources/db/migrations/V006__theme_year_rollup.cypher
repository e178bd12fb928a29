// The theme-year roll-up (graph/write/ThemeYearRollup.java) for a graph ingested before it existed, and
// the indexes it is read and refreshed by. Runs after V004 (it sums the event roll-up RAISED).
// Idempotent: every cell is recomputed.
CREATE RANGE INDEX theme_year_polarity IF NOT EXISTS FOR (c:ThemeYear) ON (c.polarity);
CREATE RANGE INDEX theme_year_kind IF NOT EXISTS FOR (c:ThemeYear) ON (c.kind);
// Then the backfill: ThemeYearRollup.REFRESH_ALL, the writer's refresh over every year and kind
// (RollupBackfills).
