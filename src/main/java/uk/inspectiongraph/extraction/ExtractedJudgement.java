package uk.inspectiongraph.extraction;

/** A graded area of an event, with the wording the document used for the area. */
public record ExtractedJudgement(JudgementArea area, Grade grade, String wording, Span span) {
}
