package uk.inspectiongraph.graph.write;

import uk.inspectiongraph.domain.DocumentRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What writing a round of documents does to the publications they belong to: which of them are
 * copies of a document already held ({@code copies}, by hash, with the document they copy), and
 * which documents held so far give up their facts to a more complete new copy ({@code superseded}).
 */
record CopyPlan(Map<String, DocumentRef> copies, List<Superseded> superseded) {

	static final CopyPlan NONE = new CopyPlan(Map.of(), List.of());

	/** A document held so far that is now a copy of the more complete {@code winner}. */
	record Superseded(DocumentRef document, DocumentRef winner) {
	}

	boolean isCopy(String hash) {
		return copies.containsKey(hash);
	}

	/** The hashes of the documents held so far that lose their facts. */
	List<String> supersededHashes() {
		return superseded.stream().map(s -> s.document().hash()).toList();
	}

	/** The documents that {@code winner} (a new document) takes the place of. */
	List<DocumentRef> supersededBy(String winner) {
		List<DocumentRef> documents = new ArrayList<>();
		superseded.stream().filter(s -> s.winner().hash().equals(winner)).forEach(s -> documents.add(s.document()));
		return documents;
	}
}
