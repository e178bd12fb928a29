package uk.inspectiongraph.ingest;

/**
 * The Cypher that writes a document's facts, one text block per step, every value a parameter.
 * Derived nodes (findings, judgements, roles) hang off their document through {@code STATED_IN};
 * events and people are shared between documents and are refreshed or removed when the last
 * document that spoke of them goes.
 */
final class DocumentCypher {

	private DocumentCypher() {
	}

	static final String EVENTS_REPORTED_BY = """
			MATCH (:Document {hash: $hash})-[:REPORTS]->(e:Event)
			RETURN e.key""";

	static final String DELETE_DERIVED = """
			MATCH (d:Document {hash: $hash})
			OPTIONAL MATCH (d)-[r:REPORTS]->(:Event)
			DELETE r
			WITH DISTINCT d
			OPTIONAL MATCH (d)<-[:STATED_IN]-(derived)
			DETACH DELETE derived
			WITH DISTINCT d
			OPTIONAL MATCH (:Person)-[i:INSPECTED {documentHash: $hash}]->(:Event)
			DELETE i""";

	static final String MERGE_DOCUMENT = """
			MERGE (d:Document {hash: $hash})
			SET d.kind = $kind, d.framework = $framework, d.title = $title, d.fileName = $fileName,
			    d.date = CASE WHEN $date IS NULL THEN null ELSE date($date) END, d.datePrecision = $datePrecision,
			    d.text = $text, d.ingestedAt = coalesce(d.ingestedAt, datetime()), d.extractedAt = datetime()""";

	static final String MERGE_AUTHORITY_LINK = """
			MATCH (d:Document {hash: $hash}), (a:Authority {code: $authorityCode})
			MERGE (d)-[:ABOUT]->(a)""";

	static final String MERGE_EVENTS = """
			MATCH (d:Document {hash: $hash}), (a:Authority {code: $authorityCode})
			UNWIND $events AS ev
			MERGE (e:Event {key: ev.key})
			MERGE (e)-[:AT]->(a)
			CREATE (d)-[r:REPORTS]->(e)
			SET r = ev.report""";

	/** Sets each event's properties from the best of its reports: Ofsted's own first, then day precision. */
	static final String REFRESH_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[r:REPORTS]-(:Document)
			WITH e, r ORDER BY r.authoritative DESC, r.startPrecision = 'DAY' DESC, r.endDate IS NOT NULL DESC
			WITH e, collect(r)[0] AS best
			SET e.kind = best.kind, e.startDate = best.startDate, e.startPrecision = best.startPrecision,
			    e.endDate = best.endDate, e.endPrecision = best.endPrecision, e.focus = best.focus,
			    e.year = best.startDate.year""";

	static final String MERGE_INSPECTORS = """
			UNWIND $inspectors AS i
			MATCH (e:Event {key: i.eventKey})
			MERGE (p:Person {key: i.personKey})
			ON CREATE SET p.name = i.name
			SET p:Inspector
			CREATE (p)-[r:INSPECTED {documentHash: $hash}]->(e)
			SET r.lead = i.lead, r.spanStart = i.spanStart, r.spanEnd = i.spanEnd""";

	static final String CREATE_JUDGEMENTS = """
			MATCH (d:Document {hash: $hash})
			UNWIND $judgements AS j
			MATCH (e:Event {key: j.eventKey})
			CREATE (x:Judgement {id: j.id, area: j.area, grade: j.grade, score: j.score, wording: j.wording,
			    spanStart: j.spanStart, spanEnd: j.spanEnd})
			CREATE (x)-[:OF_EVENT]->(e)
			CREATE (x)-[:STATED_IN]->(d)""";

	static final String CREATE_ROLES = """
			MATCH (d:Document {hash: $hash})
			OPTIONAL MATCH (d)-[:ABOUT]->(a:Authority)
			UNWIND $roles AS r
			MERGE (p:Person {key: r.personKey})
			ON CREATE SET p.name = r.name
			CREATE (role:Role {id: r.id, title: r.title, organisation: r.organisation, relation: r.relation,
			    asOf: d.date, spanStart: r.spanStart, spanEnd: r.spanEnd})
			CREATE (p)-[:HELD]->(role)
			CREATE (role)-[:STATED_IN]->(d)
			FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (role)-[:AT]->(a))""";

	static final String CREATE_FINDINGS = """
			MATCH (d:Document {hash: $hash})
			UNWIND $findings AS f
			CREATE (x:Finding {id: f.id, kind: f.kind, section: f.section, order: f.order, text: f.text,
			    spanStart: f.spanStart, spanEnd: f.spanEnd})
			CREATE (x)-[:STATED_IN]->(d)
			WITH x, f, d
			OPTIONAL MATCH (e:Event {key: f.eventKey})
			FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | CREATE (x)-[:ABOUT]->(e))
			SET x.date = coalesce(e.startDate, d.date), x.eventless = CASE WHEN e IS NULL THEN true END""";

	static final String CREATE_TAGS = """
			UNWIND $tags AS t
			MATCH (x:Finding {id: t.findingId}), (theme:Theme {slug: t.slug})
			CREATE (x)-[:TAGGED {polarity: t.polarity, evidence: t.evidence}]->(theme)
			RETURN count(*)""";

	static final String DELETE_DOCUMENT = """
			MATCH (d:Document {hash: $hash})
			DETACH DELETE d""";

	static final String DELETE_ORPHANS = """
			CALL () {
			  MATCH (e:Event) WHERE NOT (e)<-[:REPORTS]-(:Document)
			  DETACH DELETE e
			}
			CALL () {
			  MATCH (p:Person) WHERE NOT (p)--()
			  DELETE p
			}
			CALL () {
			  MATCH (p:Inspector) WHERE NOT (p)-[:INSPECTED]->()
			  REMOVE p:Inspector
			}""";
}
