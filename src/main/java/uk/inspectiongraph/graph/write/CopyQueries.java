package uk.inspectiongraph.graph.write;


/**
 * The Cypher that recognises and records copies of one publication (see {@link Publications}),
 * every value a parameter. A copy is a {@code Document} with no text and no facts of its own and a
 * {@code COPY_OF} relationship to the document that holds the publication's facts.
 */
final class CopyQueries {

	private CopyQueries() {
	}

	/**
	 * For each document of {@code $documents} (hash, authority code, kind, title, event keys, and
	 * byTitle when it reports no dated event), the documents holding facts that could be the same
	 * publication: same authority and kind, and reporting one of its events (or bearing its title).
	 */
	static final String CANDIDATES = """
			UNWIND $documents AS doc
			MATCH (:Authority {code: doc.authorityCode})<-[:ABOUT]-(c:Document {kind: doc.kind})
			WHERE c.hash <> doc.hash AND c.text IS NOT NULL AND NOT (c)-[:COPY_OF]->()
			  AND ((doc.byTitle AND c.title = doc.title) OR EXISTS { (c)-[:REPORTS]->(e:Event) WHERE e.key IN doc.eventKeys })
			RETURN doc.hash AS hash, c.hash AS candidate, c.title AS title, c.text AS text,
			       c.complete AS complete, c.pageCount AS pageCount""";

	/** Lets the documents {@code $hashes} go of being copies, before they are decided again. */
	static final String RELEASE = """
			UNWIND $hashes AS hash
			MATCH (:Document {hash: hash})-[r:COPY_OF]->()
			DELETE r""";

	/** Records the copies {@code $copies} ({document, original}): their document rows (without text) and COPY_OF. */
	static final String WRITE_COPIES = """
			UNWIND $copies AS copy
			WITH copy, copy.document AS doc
			MATCH (a:Authority {code: doc.authorityCode})
			MATCH (o:Document {hash: copy.original})
			MERGE (d:Document {hash: doc.hash})
			""" + DocumentWriteQueries.SET_DOCUMENT + """

			MERGE (d)-[:ABOUT]->(a)
			MERGE (d)-[:COPY_OF]->(o)""";

	/**
	 * Makes the documents {@code $superseded} ({hash, winner}), whose facts were removed, copies of
	 * the more complete document that now holds them; their own copies follow.
	 */
	static final String SUPERSEDE = """
			UNWIND $superseded AS s
			MATCH (old:Document {hash: s.hash})
			MATCH (winner:Document {hash: s.winner})
			SET old.text = null
			MERGE (old)-[:COPY_OF]->(winner)
			WITH old, winner
			CALL (old, winner) {
			  MATCH (c:Document)-[r:COPY_OF]->(old)
			  DELETE r
			  MERGE (c)-[:COPY_OF]->(winner)
			}""";

	/** The document a document is a copy of, if it is one. */
	static final String ORIGINAL_OF = """
			MATCH (:Document {hash: $hash})-[:COPY_OF]->(o:Document)
			RETURN o.hash AS hash, o.title AS title""";

	/** The copies recorded of the document {@code $hash}. */
	static final String COPIES_OF = """
			MATCH (c:Document)-[:COPY_OF]->(:Document {hash: $hash})
			RETURN c.hash""";
}
