package uk.inspectiongraph.extraction;

/**
 * Decides what a document is from its text (and, as a hint only, its file name).
 * <p>
 * First version: to be replaced by the structural classifier of the "Ingest real documents" work.
 */
public final class DocumentClassifier {

	public Classification classify(String fileName, String text) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("focused visit")) {
			return new Classification(DocumentKind.FOCUSED_VISIT_LETTER, null);
		}
		if (lower.contains("monitoring visit") && lower.contains("ofsted")) {
			return new Classification(DocumentKind.MONITORING_VISIT_LETTER, null);
		}
		return new Classification(DocumentKind.OTHER, null);
	}
}
