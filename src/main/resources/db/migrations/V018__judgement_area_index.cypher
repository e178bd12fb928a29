// The grade questions (gradeHistory, gradeChanges) start from the judgements of one area: an index on the area
// lets them seek those judgements instead of scanning every Judgement and filtering.
CREATE INDEX judgement_area IF NOT EXISTS FOR (j:Judgement) ON (j.area);
