// Joint targeted area inspections: the inspectorates that took part and the deep-dive subject of
// each (graph/write/DocumentWriteQueries.REFRESH_JOINT_FACTS), one node per member of the controlled
// lists of domain/Inspectorate and domain/DeepDive. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT inspectorate_code IF NOT EXISTS FOR (i:Inspectorate) REQUIRE i.code IS UNIQUE;
CREATE CONSTRAINT deep_dive_slug IF NOT EXISTS FOR (d:DeepDive) REQUIRE d.slug IS UNIQUE;
