package uk.inspectiongraph.extraction;

import java.util.List;

/**
 * Everything read from one document: what it is, which authority it is about, the events,
 * people and findings it states, each with the span of text it came from. This is what the
 * {@code extract} command prints and what ingestion writes to the graph.
 */
public record ExtractedDocument(String file, String contentHash, String text, DocumentKind kind, Framework framework,
		String title, DateValue documentDate, AuthorityMention authority, List<ExtractedEvent> events,
		List<ExtractedPerson> people, List<ExtractedFinding> findings) {

	public ExtractedDocument {
		events = List.copyOf(events);
		people = List.copyOf(people);
		findings = List.copyOf(findings);
	}

	public ExtractedDocument withFindings(List<ExtractedFinding> newFindings) {
		return new ExtractedDocument(file, contentHash, text, kind, framework, title, documentDate, authority, events,
				people, newFindings);
	}
}
