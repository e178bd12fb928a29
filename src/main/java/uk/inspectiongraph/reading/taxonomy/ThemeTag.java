package uk.inspectiongraph.reading.taxonomy;

import uk.inspectiongraph.domain.Polarity;

/** A theme a finding was tagged with, how it was raised, and the words that triggered it. */
public record ThemeTag(String slug, Polarity polarity, String evidence) {
}
