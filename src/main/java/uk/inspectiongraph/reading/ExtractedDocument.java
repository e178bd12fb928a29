package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Framework;
import uk.inspectiongraph.reading.gazetteer.AuthorityMention;
import uk.inspectiongraph.domain.DocumentKind;

import java.util.List;

/**
 * Everything read from one document: what it is, which authority it is about, the events,
 * people and findings it states, each with the span of text it came from, and whether its file
 * was read whole. This is what the {@code extract} command prints and what ingestion writes to the
 * graph.
 */
public record ExtractedDocument(String file, String contentHash, String text, DocumentKind kind, Framework framework,
		String title, DateValue documentDate, AuthorityMention authority, List<ExtractedEvent> events,
		List<ExtractedPerson> people, List<ExtractedFinding> findings, Completeness completeness) {

	public ExtractedDocument {
		events = List.copyOf(events);
		people = List.copyOf(people);
		findings = List.copyOf(findings);
		completeness = completeness == null ? Completeness.UNKNOWN : completeness;
	}

	/** A document whose file's completeness is unknown (read from text alone). */
	public ExtractedDocument(String file, String contentHash, String text, DocumentKind kind, Framework framework,
			String title, DateValue documentDate, AuthorityMention authority, List<ExtractedEvent> events,
			List<ExtractedPerson> people, List<ExtractedFinding> findings) {
		this(file, contentHash, text, kind, framework, title, documentDate, authority, events, people, findings,
				Completeness.UNKNOWN);
	}
}
