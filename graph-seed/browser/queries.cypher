// Ready Cypher for analysts in Neo4j Browser. Each statement is standalone: paste it into the
// editor (set parameters first with  :param name => 'Warwickshire' where one is used).

// 1. An authority's neighbourhood: its events, their documents, judgements and inspectors, the
//    people the documents name in their roles, and the concern themes of the events' areas for
//    improvement (the README's picture).
:param name => 'Warwickshire';
MATCH (a:Authority) WHERE toLower(a.name) = toLower($name)
MATCH (e:Event)-[:AT]->(a)
OPTIONAL MATCH (d:Document)-[:REPORTS]->(e)
OPTIONAL MATCH (j:Judgement)-[:OF_EVENT]->(e)
OPTIONAL MATCH (p:Person)-[:INSPECTED]->(e)
OPTIONAL MATCH (h:Person)-[:HELD]->(r:Role)-[:STATED_IN]->(d)
OPTIONAL MATCH (e)<-[:ABOUT]-(f:Finding)-[:TAGGED {polarity: 'CONCERN'}]->(t:Theme)
  WHERE f.kind IN ['AREA_FOR_IMPROVEMENT', 'PRIORITY_ACTION', 'RECOMMENDATION']
RETURN a, e, d, j, p, h, r, f, t;

// 2. A theme's recurrence: the authorities and years where it was raised as a concern.
:param slug => 'caseloads';
MATCH (t:Theme {slug: $slug})<-[tg:TAGGED {polarity: 'CONCERN'}]-(f:Finding)-[:ABOUT]->(e:Event)-[:AT]->(a:Authority)
RETURN a.name AS authority, collect(DISTINCT e.year) AS years, count(DISTINCT f) AS findings
ORDER BY size(years) DESC, findings DESC;

// 3. Nigel Minns' roles over time, with the documents that state them.
MATCH (p:Person {key: 'nigel minns'})-[:HELD]->(r:Role)-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (r)-[:AT]->(a:Authority)
RETURN p, r, d, a;

// 4. Who led the inspections and visits of an authority, in time order.
MATCH (p:Person)-[i:INSPECTED]->(e:Event)-[:AT]->(a:Authority {name: $name})
RETURN e.startDate AS start, e.kind AS kind, p.name AS inspector, i.lead AS lead
ORDER BY start, lead DESC;

// 5. The evidence for a theme: findings with the words that triggered the tag, and their documents.
MATCH (t:Theme {slug: $slug})<-[tg:TAGGED]-(f:Finding)-[:STATED_IN]->(d:Document)-[:ABOUT]->(a:Authority)
RETURN a.name AS authority, d.date AS date, tg.polarity AS polarity, tg.evidence AS evidence, f.text AS finding
ORDER BY date DESC LIMIT 50;

// 6. The theme hierarchy.
MATCH path = (:Theme)-[:BROADER]->(:Theme) RETURN path;
