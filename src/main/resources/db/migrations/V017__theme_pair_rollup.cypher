// The theme-pair roll-up coOccurringThemes reads when asked of every authority
// (graph/write/ThemePairRollupQueries.java): ThemePair counts the findings and events raising an anchor theme's
// branch and another theme, per year, event kind and polarity. ThemePairPart records each event's findings as
// tag signatures, for the writer only.
CREATE CONSTRAINT theme_pair_key IF NOT EXISTS FOR (c:ThemePair) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT theme_pair_part_event IF NOT EXISTS FOR (x:ThemePairPart) REQUIRE x.event IS UNIQUE;
CREATE INDEX theme_pair_anchor IF NOT EXISTS FOR (c:ThemePair) ON (c.anchor, c.polarity);
// Then the backfill: ThemePairRollupQueries.REFRESH_ALL (RollupBackfills).
