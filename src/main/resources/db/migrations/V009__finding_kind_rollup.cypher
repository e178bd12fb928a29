// The event roll-up again (graph/write/EventRollupQueries.java), now split by the findings' kind:
// RAISED_AS per theme, polarity and finding kind, and each event's taggedKinds, and the theme-year
// roll-up (graph/write/ThemeYearRollupQueries.java) with its cells by finding kind, ThemeYearKind,
// which the analyst questions read when asked about some finding kinds only. Idempotent: each
// event's roll-up and every cell is recomputed (RAISED and ThemeYear as before).
CREATE RANGE INDEX theme_year_kind_kind IF NOT EXISTS FOR (c:ThemeYearKind) ON (c.kind);
CREATE RANGE INDEX theme_year_kind_finding_kind IF NOT EXISTS FOR (c:ThemeYearKind) ON (c.findingKind);
// Then the backfills: EventRollupQueries.REFRESH_ALL, the writer's refresh over every event, and
// ThemeYearRollupQueries.REFRESH_ALL, over every year and kind (RollupBackfills).
