// The theme-year roll-up's own lists off the cells the questions read (graph/write/ThemeYearRollupQueries.java):
// what taking an event away needs (authorityOrder/authorityEvents, dates/dateEvents, sampleOrder) is kept in a
// tally with the cell's key, ThemeYearTally beside ThemeYear and ThemeYearKindTally beside ThemeYearKind, which
// only the writer reads. On the cells those lists made every read of a cell slower (docs/benchmarks.md).
// Idempotent: every cell and tally is rebuilt from scratch (removing the lists from the cells in place measured
// slower to read than cells written whole).
CREATE CONSTRAINT theme_year_tally_key IF NOT EXISTS FOR (x:ThemeYearTally) REQUIRE x.key IS UNIQUE;
CREATE CONSTRAINT theme_year_kind_tally_key IF NOT EXISTS FOR (x:ThemeYearKindTally) REQUIRE x.key IS UNIQUE;
// Then the backfill: ThemeYearRollupQueries.REFRESH_ALL (RollupBackfills).
