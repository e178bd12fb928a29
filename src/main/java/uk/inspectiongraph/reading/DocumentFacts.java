package uk.inspectiongraph.reading;

import java.util.List;

/** What a kind-specific extractor reads from a document, before findings and the authority. */
public record DocumentFacts(String title, DateValue documentDate, List<ExtractedEvent> events,
		List<ExtractedPerson> people) {

	public DocumentFacts {
		events = List.copyOf(events);
		people = List.copyOf(people);
	}
}
