// The roll-up of each inspector's visits (graph/write/PersonRollup.java) for a graph ingested before
// it existed. Runs after V004 (it sums the event roll-up RAISED). Idempotent: each person's roll-up
// is recomputed.
// No statements of its own: the backfill is PersonRollup.REFRESH_ALL, the writer's refresh over
// every person (RollupBackfills). It first ran a body without the rank, which V007 added.
