// The inspectors' roll-up again (graph/write/PersonRollupQueries.java), now with its sums per year beside the years
// (yearConcerns, yearStrengths, yearFindings), which Person.themesRaised reads for inspectors asked over a range of
// years instead of every visit's RAISED. Idempotent: each person's roll-up is recomputed.
// No statements of its own: the backfill is PersonRollupQueries.REFRESH_ALL, the writer's refresh over every
// person (RollupBackfills).
