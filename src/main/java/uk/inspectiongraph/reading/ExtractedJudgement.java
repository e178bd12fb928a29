package uk.inspectiongraph.reading;

import uk.inspectiongraph.domain.Span;
import uk.inspectiongraph.domain.Grade;
import uk.inspectiongraph.domain.JudgementArea;

/** A graded area of an event, with the wording the document used for the area. */
public record ExtractedJudgement(JudgementArea area, Grade grade, String wording, Span span) {
}
