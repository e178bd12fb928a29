package uk.inspectiongraph.graph.write;

/**
 * The Cypher that writes documents' facts, one text block per step, every value a parameter.
 * Each writing statement unwinds {@code $documents}, a batch of one or more documents, each with
 * its hash, its authority's code and the rows of that step, so that a batch costs a handful of
 * round trips whatever its size. Derived nodes (findings, judgements, roles) hang off their
 * document through {@code STATED_IN}; events and people are shared between documents and are
 * refreshed or removed when the last document that spoke of them goes.
 */
final class DocumentWriteQueries {

	private DocumentWriteQueries() {
	}

	/** The document {@code $hash}, or the one it is a recorded copy of, when it is in the graph. */
	static final String HOLDER_OF = """
			MATCH (d:Document {hash: $hash})
			OPTIONAL MATCH (d)-[:COPY_OF]->(o:Document)
			WITH coalesce(o, d) AS holder
			RETURN holder.hash AS hash, holder.title AS title""";

	static final String PRESENT = """
			UNWIND $hashes AS hash
			MATCH (d:Document {hash: hash})
			RETURN hash""";

	/**
	 * Removes what the documents had derived, keeping the documents; returns, per document, the
	 * events it reported and the people it named, whose fate the caller then settles.
	 */
	static final String DELETE_DERIVED = """
			UNWIND $hashes AS hash
			MATCH (d:Document {hash: hash})
			WITH d, hash, [(d)-[:REPORTS]->(e:Event) | e.key] AS events,
			     [(d)-[:REPORTS]->(:Event)<-[i:INSPECTED]-(p:Person) WHERE i.documentHash = hash | p.key]
			     + [(d)<-[:STATED_IN]-(:Role)<-[:HELD]-(p:Person) | p.key] AS people
			CALL (d, hash) {
			  MATCH (d)-[:REPORTS]->(:Event)<-[i:INSPECTED]-(:Person)
			  WHERE i.documentHash = hash
			  WITH DISTINCT i
			  DELETE i
			}
			CALL (d) {
			  MATCH (d)-[r:REPORTS]->(:Event)
			  DELETE r
			}
			CALL (d) {
			  MATCH (d)<-[:STATED_IN]-(derived)
			  DETACH DELETE derived
			}
			RETURN events, people""";

	/**
	 * A document's properties from its row {@code doc}, on the document {@code d}: what it is, its
	 * text, and what is known of its file (complete, pages).
	 */
	static final String SET_DOCUMENT = """
			SET d.kind = doc.kind, d.framework = doc.framework, d.title = doc.title, d.fileName = doc.fileName,
			    d.date = CASE WHEN doc.date IS NULL THEN null ELSE date(doc.date) END,
			    d.datePrecision = doc.datePrecision, d.text = doc.text,
			    d.complete = doc.complete, d.pageCount = doc.pageCount, d.incompleteReason = doc.incompleteReason,
			    d.ingestedAt = coalesce(d.ingestedAt, datetime()), d.extractedAt = datetime()""";

	/**
	 * The documents, their authorities and the events they report; returns how many documents
	 * found their authority (fewer than sent means an authority is missing from the graph).
	 */
	static final String MERGE_DOCUMENTS = """
			UNWIND $documents AS doc
			MATCH (a:Authority {code: doc.authorityCode})
			MERGE (d:Document {hash: doc.hash})
			""" + SET_DOCUMENT + """

			MERGE (d)-[:ABOUT]->(a)
			WITH d, a, doc
			CALL (d, a, doc) {
			  UNWIND doc.events AS ev
			  MERGE (e:Event {key: ev.key})
			  MERGE (e)-[:AT]->(a)
			  CREATE (d)-[r:REPORTS]->(e)
			  SET r = ev.report
			}
			RETURN count(d)""";

	static final String MISSING_AUTHORITIES = """
			UNWIND $codes AS code
			OPTIONAL MATCH (a:Authority {code: code})
			WITH code, a
			WHERE a IS NULL
			RETURN code""";

	/** Sets each event's properties from the best of its reports: Ofsted's own first, then day precision. */
	static final String REFRESH_EVENTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})<-[r:REPORTS]-(:Document)
			WITH e, r ORDER BY r.authoritative DESC, r.startPrecision = 'DAY' DESC, r.endDate IS NOT NULL DESC
			WITH e, collect(r)[0] AS best
			SET e.kind = best.kind, e.startDate = best.startDate, e.startPrecision = best.startPrecision,
			    e.endDate = best.endDate, e.endPrecision = best.endPrecision, e.focus = best.focus,
			    e.year = best.startDate.year,
			    e.previousStartDate = best.previousStartDate, e.previousEndDate = best.previousEndDate""";

	static final String MERGE_INSPECTORS = """
			UNWIND $documents AS doc
			UNWIND doc.inspectors AS i
			MATCH (e:Event {key: i.eventKey})
			MERGE (p:Person {key: i.personKey})
			ON CREATE SET p.name = i.name
			SET p:Inspector
			CREATE (p)-[r:INSPECTED {documentHash: doc.hash}]->(e)
			SET r.lead = i.lead, r.spanStart = i.spanStart, r.spanEnd = i.spanEnd""";

	static final String CREATE_JUDGEMENTS = """
			UNWIND $documents AS doc
			MATCH (d:Document {hash: doc.hash})
			UNWIND doc.judgements AS j
			MATCH (e:Event {key: j.eventKey})
			CREATE (x:Judgement {id: j.id, area: j.area, grade: j.grade, score: j.score, wording: j.wording,
			    spanStart: j.spanStart, spanEnd: j.spanEnd})
			CREATE (x)-[:OF_EVENT]->(e)
			CREATE (x)-[:STATED_IN]->(d)""";

	static final String CREATE_ROLES = """
			UNWIND $documents AS doc
			MATCH (d:Document {hash: doc.hash})
			OPTIONAL MATCH (d)-[:ABOUT]->(a:Authority)
			UNWIND doc.roles AS r
			MERGE (p:Person {key: r.personKey})
			ON CREATE SET p.name = r.name
			CREATE (role:Role {id: r.id, title: r.title, organisation: r.organisation, relation: r.relation,
			    agency: r.agency, asOf: d.date, spanStart: r.spanStart, spanEnd: r.spanEnd})
			CREATE (p)-[:HELD]->(role)
			CREATE (role)-[:STATED_IN]->(d)
			FOREACH (_ IN CASE WHEN a IS NULL OR r.relation = 'SIGNATORY' THEN [] ELSE [1] END | CREATE (role)-[:AT]->(a))
			FOREACH (_ IN CASE WHEN r.inspectorate IS NULL THEN [] ELSE [1] END |
			  MERGE (ins:Inspectorate {code: r.inspectorate})
			  CREATE (role)-[:FOR]->(ins))""";

	/**
	 * A joint inspection's deep dive and inspectorates, from what the documents reporting each event
	 * of {@code $keys} say of it: the links are dropped and drawn again, so that a document removed
	 * takes its say with it. {@code $deepDives} and {@code $inspectorates} are the controlled lists
	 * (names and, for deep dives, the themes they concern).
	 */
	static final String REFRESH_JOINT_FACTS = """
			UNWIND $keys AS key
			MATCH (e:Event {key: key})
			CALL (e) {
			  MATCH (e)-[x:DEEP_DIVE|INSPECTED_BY]->()
			  DELETE x
			}
			WITH e, [(e)<-[r:REPORTS]-(:Document) WHERE r.deepDive IS NOT NULL | r.deepDive] AS dives,
			     reduce(codes = [], r IN [(e)<-[r:REPORTS]-(:Document) | r] | codes + coalesce(r.inspectorates, []))
			       AS codes
			CALL (e, dives) {
			  UNWIND [d IN $deepDives WHERE d.slug = dives[0]] AS dive
			  MERGE (n:DeepDive {slug: dive.slug})
			  SET n.name = dive.name
			  MERGE (e)-[:DEEP_DIVE]->(n)
			  WITH n, dive
			  UNWIND dive.themes AS slug
			  MATCH (t:Theme {slug: slug})
			  MERGE (n)-[:CONCERNS]->(t)
			}
			CALL (e, codes) {
			  UNWIND [i IN $inspectorates WHERE i.code IN codes] AS inspectorate
			  MERGE (n:Inspectorate {code: inspectorate.code})
			  SET n.name = inspectorate.name
			  MERGE (e)-[:INSPECTED_BY]->(n)
			}""";

	/** Findings with their theme tags; returns how many tags found their theme. */
	static final String CREATE_FINDINGS = """
			UNWIND $documents AS doc
			MATCH (d:Document {hash: doc.hash})
			UNWIND doc.findings AS f
			CREATE (x:Finding {id: f.id, kind: f.kind, section: f.section, order: f.order, text: f.text,
			    spanStart: f.spanStart, spanEnd: f.spanEnd})
			CREATE (x)-[:STATED_IN]->(d)
			WITH x, f, d
			OPTIONAL MATCH (e:Event {key: f.eventKey})
			FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | CREATE (x)-[:ABOUT]->(e))
			SET x.date = coalesce(e.startDate, d.date), x.eventless = CASE WHEN e IS NULL THEN true END
			WITH x, f
			UNWIND f.tags AS t
			MATCH (theme:Theme {slug: t.slug})
			CREATE (x)-[:TAGGED {polarity: t.polarity, evidence: t.evidence}]->(theme)
			RETURN count(*)""";

	/** The documents holding text (not copies), with what is known of their files, to extract again. */
	static final String STORED_DOCUMENTS = """
			MATCH (d:Document)
			WHERE d.text IS NOT NULL
			RETURN d.fileName AS file, d.hash AS hash, d.text AS text, d.complete AS complete,
			       d.pageCount AS pageCount, d.incompleteReason AS incompleteReason
			ORDER BY file""";

	static final String DELETE_DOCUMENTS = """
			UNWIND $hashes AS hash
			MATCH (d:Document {hash: hash})
			DETACH DELETE d""";

	/**
	 * Removes, among the events and people a removal touched ({@code $events}, {@code $people}:
	 * keys, each once), the events no document reports any more and the people nothing links to,
	 * and the Inspector label of people who no longer inspected anything.
	 */
	static final String DELETE_ORPHANS = """
			CALL () {
			  UNWIND $events AS key
			  MATCH (e:Event {key: key})
			  WHERE NOT (e)<-[:REPORTS]-(:Document)
			  DETACH DELETE e
			}
			CALL () {
			  UNWIND $people AS key
			  MATCH (p:Person {key: key})
			  WHERE NOT (p)--()
			  DELETE p
			}
			CALL () {
			  UNWIND $people AS key
			  MATCH (p:Person {key: key})
			  WHERE p:Inspector AND NOT (p)-[:INSPECTED]->()
			  REMOVE p:Inspector
			}""";
}
