// The inspectors' roll-up again (graph/write/PersonRollup.java), now with each theme's rank among the
// person's themes (most findings first, ties by slug), which Person.themesRaised(first:) filters on.
// Idempotent: each person's roll-up is recomputed.
// No statements of its own: the backfill is PersonRollup.REFRESH_ALL, the writer's refresh over
// every person (RollupBackfills).
