// The column roll-up the theme matrix and a theme's trend read when asked of every authority
// (graph/write/ColumnRollupQueries.java): RegionYear (events per region, or the country '*', year and event
// kind) and ThemeRegionYear (per theme or theme branch and polarity), each also summed over every year and
// every kind. RegionYearPart records what each event added, for the writer only.
CREATE CONSTRAINT region_year_key IF NOT EXISTS FOR (c:RegionYear) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT theme_region_year_key IF NOT EXISTS FOR (c:ThemeRegionYear) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT region_year_part_event IF NOT EXISTS FOR (x:RegionYearPart) REQUIRE x.event IS UNIQUE;
CREATE INDEX theme_region_year_slice IF NOT EXISTS FOR (c:ThemeRegionYear) ON (c.polarity, c.allYears, c.allKinds, c.branch);
CREATE INDEX theme_region_year_theme IF NOT EXISTS FOR (c:ThemeRegionYear) ON (c.theme);
// Then the backfill: ColumnRollupQueries.REFRESH_ALL (RollupBackfills).
