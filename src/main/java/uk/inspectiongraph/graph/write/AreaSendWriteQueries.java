package uk.inspectiongraph.graph.write;

/**
 * The Cypher that writes what an area SEND report adds to its event: the outcome (an
 * {@code :Outcome} on the area SEND scale) and the local area partnership (a {@code :Partnership}
 * linking the council's {@code :Authority} and a shared {@code :HealthBody}). Both hang off their
 * document through {@code STATED_IN}, so removing or re-reading the document removes them with
 * its other derived facts.
 */
final class AreaSendWriteQueries {

	private AreaSendWriteQueries() {
	}

	static final String CREATE_AREA_SEND = """
			UNWIND $documents AS doc
			MATCH (d:Document {hash: doc.hash})
			OPTIONAL MATCH (d)-[:ABOUT]->(a:Authority)
			UNWIND doc.areaSend AS s
			MATCH (e:Event {key: s.eventKey})
			FOREACH (_ IN CASE WHEN s.outcome IS NULL THEN [] ELSE [1] END |
			  CREATE (o:Outcome {id: s.id + ':outcome', scale: 'AREA_SEND', value: s.outcome, score: s.score,
			      monitoring: s.monitoring, wording: s.wording, spanStart: s.outcomeStart, spanEnd: s.outcomeEnd})
			  CREATE (o)-[:OF_EVENT]->(e)
			  CREATE (o)-[:STATED_IN]->(d))
			FOREACH (_ IN CASE WHEN s.council IS NULL THEN [] ELSE [1] END |
			  CREATE (p:Partnership {id: s.id + ':partnership', council: s.council, healthBody: s.healthBody,
			      spanStart: s.partnershipStart, spanEnd: s.partnershipEnd})
			  CREATE (p)-[:OF_EVENT]->(e)
			  CREATE (p)-[:STATED_IN]->(d)
			  FOREACH (__ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | CREATE (p)-[:COUNCIL]->(a))
			  FOREACH (__ IN CASE WHEN s.healthBodyKey IS NULL THEN [] ELSE [1] END |
			    MERGE (h:HealthBody {key: s.healthBodyKey})
			    ON CREATE SET h.name = s.healthBody
			    CREATE (p)-[:HEALTH_BODY]->(h)))""";
}
