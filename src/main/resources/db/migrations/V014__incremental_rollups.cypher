// The theme-year and inspectors' roll-ups kept incrementally (graph/write/ThemeYearRollupQueries.java,
// PersonRollupQueries.java): each cell has a unique key to find it by, keeps its authorities, dates and
// samples in a form one event's part can be taken from, and each event records what it added.
// Idempotent: both roll-ups are rebuilt from scratch.
CREATE CONSTRAINT theme_year_key IF NOT EXISTS FOR (c:ThemeYear) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT theme_year_kind_key IF NOT EXISTS FOR (c:ThemeYearKind) REQUIRE c.key IS UNIQUE;
// Then the backfill: ThemeYearRollupQueries.REFRESH_ALL and PersonRollupQueries.REFRESH_ALL
// (RollupBackfills).
